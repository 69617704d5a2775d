import { readFileSync } from "fs"
import path from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ADMIN_ROUTE_POLICIES } from "../../src/api/admin/policies"
import { Modules } from "@medusajs/framework/utils"
import { createRbacRolesWorkflow } from "@medusajs/medusa/core-flows"
import { createAdminUser, DEMO_ROLES, seedAdminUsers } from "../../src/scripts/seed/demo-roles"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<any> }

/** Who the RBAC suites act as: the demo's three roles, and an admin user holding none. */
export const ROLE_NAMES = ["owner", "merchandiser", "support", "none"] as const
export type RoleName = (typeof ROLE_NAMES)[number]

const PASSWORD = "rbac-suite-secret"

/**
 * Core's own guard on the paths it shares with the plugin: its wildcards on
 * `/admin/products/*` and `/admin/orders/*` add `product:read` and
 * `order:read` before the plugin's policy is checked.
 */
const CORE_GUARD: [RegExp, string][] = [
  [/^\/admin\/products\//, "product:read"],
  [/^\/admin\/orders\//, "order:read"],
]

const grants = (role: RoleName, policy: string) =>
  role === "owner" ? true : role === "none" ? false : (DEMO_ROLES[role].policies as readonly string[]).includes(policy)

/** Whether a role may call a plugin admin route, from the policies alone. */
export const mayCall = (role: RoleName, method: string, matcher: string) => {
  const route = ADMIN_ROUTE_POLICIES.find((r) => r.method === method && r.matcher === matcher)
  if (!route) throw new Error(`No policy declared for ${method} ${matcher}`)
  const needed = [
    ...route.policies.map((policy) => `${policy.resource}:${policy.operation}`),
    ...CORE_GUARD.filter(([pattern]) => pattern.test(matcher)).map(([, policy]) => policy),
  ]
  return needed.every((policy) => grants(role, policy))
}

/** The README's table of who may call what, as the policies make it. */
export const expectedRbacTable = () => [
  "| Route | Policy | Owner | Merchandiser | Support |",
  "|---|---|:-:|:-:|:-:|",
  ...ADMIN_ROUTE_POLICIES.map(
    ({ method, matcher, policies }) =>
      `| \`${method} ${matcher}\` | ${policies.map((p) => `\`${p.resource}:${p.operation}\``).join(" and ")} | ` +
      (["owner", "merchandiser", "support"] as const).map((role) => (mayCall(role, method, matcher) ? "✓" : "–")).join(" | ") +
      " |"
  ),
]

/** The table as the README has it, between its markers. */
export const readmeRbacTable = () => {
  const readme = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8")
  const match = readme.match(/<!-- rbac-table -->\n([\s\S]*?)\n<!-- \/rbac-table -->/)
  return match ? match[1].split("\n") : []
}

/**
 * Creates an admin user per role (roles need the `rbac` flag on) and logs
 * each in through the real auth route; headers by role.
 */
export const roleHeaders = async (api: Api, container: MedusaContainer) => {
  await seedAdminUsers(
    container,
    ROLE_NAMES.map((role) => ({
      email: `${role}@rbac.test`,
      password: PASSWORD,
      ...(role !== "none" && { role }),
    }))
  )
  const headers = {} as Record<RoleName, { headers: Record<string, string> }>
  for (const role of ROLE_NAMES) {
    const { data } = await api.post("/auth/user/emailpass", { email: `${role}@rbac.test`, password: PASSWORD })
    headers[role] = { headers: { authorization: `Bearer ${data.token}` } }
  }
  return headers
}

/** A user holding one role made of exactly these policies (`resource:operation`), logged in. */
export const headersWithPolicies = async (api: Api, container: MedusaContainer, email: string, keys: string[]) => {
  const policies = await container.resolve(Modules.RBAC).listRbacPolicies({ key: keys })
  const {
    result: [role],
  } = await createRbacRolesWorkflow(container).run({
    input: { roles: [{ name: `Only ${keys.join(", ")}`, policy_ids: policies.map((p) => p.id) }] },
  })
  await createAdminUser(container, { email, password: PASSWORD, role_ids: [role.id] })
  const { data } = await api.post("/auth/user/emailpass", { email, password: PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
