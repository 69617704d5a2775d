// `npm run openapi`: writes openapi.json (OpenAPI 3.1) for every route of the
// plugin. Request schemas come from the routes' own zod validators, response
// schemas from the types in src/types: the document cannot drift from either
// (the package suite checks that the committed file is what this writes, and
// the contract test validates real responses against it).
import { readdirSync, readFileSync, writeFileSync } from "fs"
import path from "path"
import { z } from "@medusajs/framework/zod"
import { createGenerator } from "ts-json-schema-generator"
import { ADMIN_ROUTES, STORE_ROUTES, type RouteSpec } from "./routes"

const ROOT = path.resolve(__dirname, "../..")
const pkg = require(path.join(ROOT, "package.json"))

const ERROR_STATUS: Record<number, string> = {
  400: "Invalid input: the message names the field",
  401: "Not signed in: no admin session or token (on `/store/customers/me/*`, no customer's)",
  403: "With Medusa's role-based access control on: the user's roles lack the route's policy (`Insufficient permissions. Required policies: …`)",
  404: "Unknown id",
  409: "The state forbids it; the message says why (`unavailable_steps` on an incomplete bundle; `reason: cart_busy` with `retry_after_seconds` on a cart busy with other changes, nothing changed)",
}

/** A 409 may ask the client to come back later (a busy cart, a busy routine). */
const RETRY_AFTER = {
  "Retry-After": { description: "Seconds after which to send the request again", schema: { type: "integer", minimum: 1 } },
}

/**
 * The shopper's language, which Medusa's locale middleware reads on every
 * store route (the query parameter first): the routines, steps, symptoms and
 * products in an answer read their translations in it, the default texts
 * where they have none (README, Translations).
 */
const LOCALE_DESCRIPTION = "A BCP 47 locale such as et-EE: texts in that language where translated, else the default ones"
const STORE_LOCALE_PARAMS = [
  { name: "x-medusa-locale", in: "header", required: false, description: LOCALE_DESCRIPTION, schema: { type: "string" } },
  { name: "locale", in: "query", required: false, description: LOCALE_DESCRIPTION, schema: { type: "string" } },
]

/** JSON Schema of a zod validator, as a client sends it. */
const jsonSchema = (schema: z.ZodType) => {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>
  return rest
}

/**
 * The names src/types exports, declared there or re-exported from the
 * plugin's pure code (`export { type DiscountType } from "../lib/…"`):
 * everything else in a response (the cart) is Medusa's own.
 */
const ownTypeNames = () =>
  new Set(
    readdirSync(path.join(ROOT, "src/types")).flatMap((file) => {
      const source = readFileSync(path.join(ROOT, "src/types", file), "utf8")
      const reexported = [...source.matchAll(/export \{([^}]*)\} from "\.\.\//g)].flatMap(([, names]) =>
        [...names.matchAll(/type (\w+)/g)].map(([, name]) => name)
      )
      return [...[...source.matchAll(/export type (\w+)/g)].map(([, name]) => name), ...reexported]
    })
  )

/** The response types, generated from src/types; Medusa's own shapes (the cart) stay Medusa's. */
const typeSchemas = (names: string[]) => {
  const generator = createGenerator({
    path: path.join(ROOT, "src/types/index.ts"),
    tsconfig: path.join(ROOT, "tsconfig.json"),
    skipTypeCheck: true,
    expose: "export",
    topRef: true,
    additionalProperties: true,
  })
  const definitions: Record<string, unknown> = {}
  for (const name of names) {
    Object.assign(definitions, generator.createSchema(name).definitions)
  }
  const own = ownTypeNames()
  const referenced = (name: string) => new RegExp(`"#/definitions/${name}"`)
  const kept: Record<string, unknown> = {}
  for (const [name, schema] of Object.entries(definitions)) {
    // A type annotated `@ref medusa:<Name>` is Medusa's own shape, typed
    // through the JS SDK (whose declarations the generator cannot parse).
    const medusas = /^medusa:(\w+)$/.exec(String((schema as { $ref?: unknown }).$ref ?? ""))
    if (medusas) {
      kept[name] = { type: "object", description: `Medusa's ${medusas[1]}, as Medusa's own API answers it` }
    } else if (own.has(name)) {
      kept[name] = schema
    } else if (Object.entries(definitions).some(([other, s]) => own.has(other) && referenced(name).test(JSON.stringify(s)))) {
      kept[name] = { type: "object", description: `Medusa's ${name}, as Medusa's own API answers it` }
    }
  }
  return JSON.parse(JSON.stringify(kept).replace(/#\/definitions\//g, "#/components/schemas/")) as Record<string, unknown>
}

const operation = (route: RouteSpec, scope: "store" | "admin") => {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }))
  const query = route.query ? (jsonSchema(route.query) as { properties?: Record<string, unknown>; required?: string[] }) : undefined
  const queryParams = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: (query?.required ?? []).includes(name),
    schema,
  }))
  const errors = [400, ...(scope === "admin" ? [401, 403] : route.customer ? [401] : []), ...(route.errors ?? [])]
  return {
    summary: route.summary,
    tags: [scope === "store" ? "Store" : "Admin"],
    security:
      scope === "admin"
        ? [{ adminBearer: [] }, { adminSession: [] }]
        : route.customer
          ? [{ publishableKey: [], customerBearer: [] }, { publishableKey: [], customerSession: [] }]
          : [{ publishableKey: [] }],
    parameters: [...pathParams, ...queryParams, ...(scope === "store" ? STORE_LOCALE_PARAMS : [])],
    ...(route.body && {
      requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body) } } },
    }),
    responses: {
      200: {
        description: "OK",
        content: route.csv
          ? { "text/csv": { schema: { type: "string" } } }
          : { "application/json": { schema: { $ref: `#/components/schemas/${route.response}` } } },
      },
      ...Object.fromEntries(
        errors.map((status) => [
          status,
          {
            description: ERROR_STATUS[status],
            ...(status === 409 && { headers: RETRY_AFTER }),
            content: {
              "application/json": {
                // Medusa's authentication answers before the route, in its own shape.
                schema: status === 401 ? { $ref: "#/components/schemas/MedusaUnauthorized" } : { $ref: "#/components/schemas/RoutineErrorBody" },
              },
            },
          },
        ])
      ),
    },
  }
}

export const buildOpenApi = () => {
  const routes = [
    ...STORE_ROUTES.map((route) => ({ route, scope: "store" as const })),
    ...ADMIN_ROUTES.map((route) => ({ route, scope: "admin" as const })),
  ]
  const paths: Record<string, Record<string, unknown>> = {}
  for (const { route, scope } of routes) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(route, scope) }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Routine bundles for Medusa",
      version: pkg.version,
      description:
        "The store and admin routes of medusa-plugin-routine-bundles. Amounts are Medusa's major units (14.9 is €14.90). Store routes need the publishable key; admin routes an admin session or bearer token.",
      license: { name: "MIT" },
    },
    servers: [{ url: "http://localhost:9000", description: "npm run demo" }],
    tags: [{ name: "Store" }, { name: "Admin" }],
    paths,
    components: {
      securitySchemes: {
        publishableKey: { type: "apiKey", in: "header", name: "x-publishable-api-key" },
        adminBearer: { type: "http", scheme: "bearer" },
        adminSession: { type: "apiKey", in: "cookie", name: "connect.sid" },
        customerBearer: { type: "http", scheme: "bearer" },
        customerSession: { type: "apiKey", in: "cookie", name: "connect.sid" },
      },
      schemas: {
        ...typeSchemas([...new Set([...routes.filter(({ route }) => !route.csv).map(({ route }) => route.response), "RoutineErrorBody"])]),
        MedusaUnauthorized: { type: "object", properties: { message: { type: "string" } }, required: ["message"] },
      },
    },
  }
}

if (require.main === module) {
  writeFileSync(path.join(ROOT, "openapi.json"), JSON.stringify(buildOpenApi(), null, 2) + "\n")
  console.log("Wrote openapi.json")
}
