// `npm run demo`: a working store on http://localhost:9000 (admin at /app).
// Without DATABASE_URL it runs an embedded PostgreSQL whose data stays in
// .data/ (git-ignored), so a second run reuses the store.
import { spawn } from "node:child_process"
import { copyFileSync, existsSync } from "node:fs"
import path from "node:path"
import process from "node:process"
import { dataDirFor, run as runCommand, startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"

const ADMIN_EMAIL = process.env.DEMO_ADMIN_EMAIL || "admin@example.com"
const ADMIN_PASSWORD = process.env.DEMO_ADMIN_PASSWORD || "supersecret"
const PORT = process.env.PORT || "9000"
const DATABASE_NAME = "medusa_routine_demo"
const root = process.cwd()
const medusa = path.join(root, "node_modules/.bin/medusa")

const step = (title) => console.log(`\n▸ ${title}`)

let embedded
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  const dataDir = dataDirFor(path.join(root, ".data/postgres"))
  step(`Starting embedded PostgreSQL (data in ${dataDir})`)
  embedded = await startEmbeddedPostgres({ dataDir, persistent: true })
  await embedded.createDatabase(DATABASE_NAME).catch(() => {
    // Exists from an earlier run: reuse it.
  })
  databaseUrl = embedded.url(DATABASE_NAME)
}

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  MEDUSA_DISABLE_TELEMETRY: "true",
  PORT,
}

const stopDatabase = async () => {
  await embedded?.stop()
}

const run = async (title, args, { allowFailure } = {}) => {
  step(title)
  const status = await runCommand(medusa, args, { env, cwd: root })
  if (status !== 0 && !allowFailure) {
    await stopDatabase()
    process.exit(status)
  }
  return status === 0
}

await run("Migrating the database", ["db:migrate"])
await run("Seeding the demo catalog", ["exec", "./src/scripts/seed.ts"])
const created = await run(
  "Creating the admin user",
  ["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD],
  // Fails when the user exists from an earlier run, which is fine.
  { allowFailure: true }
)
if (!created) {
  console.log(`(the admin user exists already)`)
}
await run("Building the server and the admin", ["build"])

// `medusa start` serves the production build from .medusa/server.
const serverDir = path.join(root, ".medusa/server")
if (existsSync(path.join(root, ".env"))) {
  copyFileSync(path.join(root, ".env"), path.join(serverDir, ".env"))
}
step(`Starting the server on http://localhost:${PORT}`)
const server = spawn(medusa, ["start"], {
  stdio: "inherit",
  cwd: serverDir,
  env: { ...env, NODE_ENV: "development" },
})

console.log(`
  Store API  http://localhost:${PORT}/store   (publishable key: see the seed output above)
  Admin      http://localhost:${PORT}/app     ${ADMIN_EMAIL} / ${ADMIN_PASSWORD}
  Ctrl-C stops the server and the database.
`)

let stopping = false
const shutdown = () => {
  if (stopping) return
  stopping = true
  server.kill("SIGTERM")
}
process.on("SIGINT", shutdown)
process.on("SIGTERM", shutdown)
server.on("exit", async (code) => {
  await stopDatabase()
  process.exit(stopping ? 0 : code ?? 1)
})
