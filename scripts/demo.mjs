// `npm run demo`: the whole shop on this machine. The backend with the admin
// on http://localhost:9000 (admin at /app), the storefront on
// http://localhost:8000. Without DATABASE_URL it runs an embedded PostgreSQL
// whose data stays in .data/ (git-ignored), so a second run reuses the store;
// builds are redone only when their sources changed. Ctrl-C stops everything.
//
// Knobs (env): DATABASE_URL, PORT (9000), STOREFRONT_PORT (8000),
// DEMO_DATA_DIR (.data), DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, MEDUSA_FF_RBAC
// (true: Medusa's role-based access control, with a merchandiser and a
// support user besides the owner).
// `npm run demo -- --backend-only` leaves the storefront out, for working on
// it with `npm run dev -w storefront`.
import { spawn } from "node:child_process"
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import process from "node:process"
import { buildIfChangedNamed } from "./lib/build-cache.mjs"
import { dataDirFor, run, startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"

const root = process.cwd()
const ADMIN_EMAIL = process.env.DEMO_ADMIN_EMAIL || "admin@example.com"
const ADMIN_PASSWORD = process.env.DEMO_ADMIN_PASSWORD || "supersecret"
const PORT = process.env.PORT || "9000"
const STOREFRONT_PORT = process.env.STOREFRONT_PORT || "8000"
const DATA_DIR = path.resolve(root, process.env.DEMO_DATA_DIR || ".data")
const DATABASE_NAME = "medusa_routine_demo"
const bin = (name) => path.join(root, "node_modules/.bin", name)
const backendUrl = `http://localhost:${PORT}`
const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`

const backendOnly = process.argv.includes("--backend-only")
const started = Date.now()
const step = (title) => console.log(`\n▸ ${title}`)

const children = []
let embedded
let stopping = false

const stopAll = async (code) => {
  if (stopping) return
  stopping = true
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          child.once("exit", resolve)
          child.kill("SIGTERM")
          setTimeout(() => child.kill("SIGKILL"), 10_000).unref()
        })
    )
  )
  await embedded?.stop()
  process.exit(code)
}
process.on("SIGINT", () => stopAll(0))
process.on("SIGTERM", () => stopAll(0))

const fail = async (message) => {
  console.error(`\n✖ ${message}`)
  await stopAll(1)
}

const runOrFail = async (title, command, args, options) => {
  step(title)
  const status = await run(command, args, options)
  if (status !== 0) await fail(`${title} failed (exit ${status})`)
}

const waitFor = async (url, child, what) => {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) await fail(`${what} exited with ${child.exitCode}`)
    if (await fetch(url).then((r) => r.status < 500, () => false)) return
    await new Promise((r) => setTimeout(r, 300))
  }
  await fail(`${what} did not answer ${url} within 180 s`)
}

mkdirSync(DATA_DIR, { recursive: true })
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  const dataDir = dataDirFor(path.join(DATA_DIR, "postgres"))
  step(`Starting embedded PostgreSQL (data in ${dataDir})`)
  embedded = await startEmbeddedPostgres({
    dataDir,
    persistent: true,
    avoidPorts: [Number(PORT), Number(STOREFRONT_PORT)],
  })
  const fresh = await embedded.createDatabase(DATABASE_NAME).then(() => true, () => false)
  console.log(fresh ? `Created database ${DATABASE_NAME}` : `Reusing database ${DATABASE_NAME}`)
  databaseUrl = embedded.url(DATABASE_NAME)
}

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  STORE_CORS: process.env.STORE_CORS || storefrontUrl,
  ADMIN_CORS: process.env.ADMIN_CORS || backendUrl,
  AUTH_CORS: process.env.AUTH_CORS || `${backendUrl},${storefrontUrl}`,
  // The admin's "View in store" (medusa-config.ts's storefront_routine_url).
  STOREFRONT_URL: process.env.STOREFRONT_URL || storefrontUrl,
  // Medusa's role-based access control, so the demo's three users see what
  // their roles allow (medusa-config.ts loads the RBAC module with it).
  MEDUSA_FF_RBAC: process.env.MEDUSA_FF_RBAC || "true",
}
const stateFile = path.join(DATA_DIR, "demo-state.json")

await runOrFail("Migrating the database", bin("medusa"), ["db:migrate"], { env, cwd: root })
await runOrFail("Seeding the demo catalog and the admin users", bin("medusa"), ["exec", "./scripts/demo/prepare.ts"], {
  env: { ...env, DEMO_STATE_FILE: stateFile, DEMO_ADMIN_EMAIL: ADMIN_EMAIL, DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD },
  cwd: root,
})
const { publishable_key: publishableKey, staff } = JSON.parse(readFileSync(stateFile, "utf8"))

step("Building the backend and the admin (skipped when nothing changed)")
const serverDir = path.join(root, ".medusa/server")
const storefrontDir = path.join(root, "storefront")
const backendBuilt = await buildIfChangedNamed(root, "backend", env).catch((error) => fail(`medusa build: ${error.message}`))
console.log(backendBuilt ? "Built" : "Up to date")
if (!backendOnly) {
  step("Building the storefront (skipped when nothing changed)")
  const storefrontBuilt = await buildIfChangedNamed(root, "storefront", env).catch((error) => fail(`next build: ${error.message}`))
  console.log(storefrontBuilt ? "Built" : "Up to date")
}

step(`Starting the backend on ${backendUrl}`)
if (existsSync(path.join(root, ".env"))) {
  copyFileSync(path.join(root, ".env"), path.join(serverDir, ".env"))
}
const backend = spawn(bin("medusa"), ["start"], {
  stdio: "inherit",
  cwd: serverDir,
  // The production build serves the built admin with the plugin's pages.
  // Its session cookie is Secure unless told otherwise, and localhost is plain http.
  env: { ...env, NODE_ENV: "production", PORT, COOKIE_SECURE: "false" },
})
children.push(backend)
await waitFor(`${backendUrl}/health`, backend, "The backend")

if (!backendOnly) {
  step(`Starting the storefront on ${storefrontUrl}`)
  const storefront = spawn(bin("next"), ["start", "-p", STOREFRONT_PORT], {
    stdio: "inherit",
    cwd: storefrontDir,
    env: { ...env, NODE_ENV: "production", MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey },
  })
  children.push(storefront)
  await waitFor(storefrontUrl, storefront, "The storefront")
}

for (const child of children) {
  child.on("exit", (code) => {
    if (!stopping) fail(`a process of the demo exited (${code}); stopping the rest`)
  })
}

console.log(`
  Demo ready in ${Math.round((Date.now() - started) / 1000)} s.
  Storefront  ${backendOnly ? "(not started: --backend-only)" : storefrontUrl}
  Admin       ${backendUrl}/app     ${ADMIN_EMAIL} / ${ADMIN_PASSWORD}
${staff.map(({ email, role }) => `              ${role}: ${email} / ${ADMIN_PASSWORD}\n`).join("")}  Store API   ${backendUrl}/store   publishable key ${publishableKey}
  Ctrl-C stops everything.
`)
