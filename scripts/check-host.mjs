// `npm run check:host`: the plugin as a merchant gets it. Packs this
// checkout, creates a minimal Medusa application from scratch on ANOTHER
// Medusa version of the supported range (HOST_MEDUSA_VERSION, 2.21.1),
// installs the tarball as npm installs a published package,
// migrates, starts it, and checks: an unknown plugin option stops start-up
// with a message naming it; GET /admin/routines answers; the admin serves
// the plugin's Routines page. Needs the npm registry; takes a few minutes.
import { spawn } from "node:child_process"
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import process from "node:process"
import { freePort, startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")
const VERSION = process.env.HOST_MEDUSA_VERSION || "2.21.1"
const UI_VERSION = process.env.HOST_UI_VERSION || "4.2.5"
const started = Date.now()
const step = (title) => console.log(`\n[check:host ${Math.round((Date.now() - started) / 1000)}s] ${title}`)
const results = []
const record = (ok, what) => {
  results.push(`${ok ? "PASS" : "FAIL"}  ${what}`)
  console.log(`${ok ? "✔" : "✖"} ${what}`)
}

const host = mkdtempSync(path.join(os.tmpdir(), "routine-host-"))
chmodSync(host, 0o755)
const cleanups = [() => rmSync(host, { recursive: true, force: true })]
const cleanUp = async () => {
  while (cleanups.length) await Promise.resolve(cleanups.pop()()).catch(() => {})
}

const capture = (command, args, options) =>
  new Promise((resolve) => {
    const child = spawn(command, args, options)
    let output = ""
    child.stdout.on("data", (c) => (output += c))
    child.stderr.on("data", (c) => (output += c))
    child.on("exit", (code) => resolve({ code, output }))
  })

try {
  step("Packing the plugin")
  const packed = await capture("npm", ["pack", "--pack-destination", host], { cwd: ROOT, env: process.env })
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.output}`)
  const tarball = path.join(host, readdirSync(host).find((f) => f.endsWith(".tgz")))

  step(`Creating a Medusa ${VERSION} application and installing the tarball`)
  const medusa = (name) => [`@medusajs/${name}`, VERSION]
  writeFileSync(
    path.join(host, "package.json"),
    JSON.stringify(
      {
        name: "routine-host",
        private: true,
        dependencies: Object.fromEntries([
          ...["medusa", "framework", "cli", "admin-sdk", "js-sdk", "icons"].map(medusa),
          ["@medusajs/ui", UI_VERSION],
          ["react", "18.3.1"],
          ["react-dom", "18.3.1"],
          ["react-router-dom", "7.18.2"],
          ["medusa-plugin-routine-bundles", `file:${tarball}`],
        ]),
        devDependencies: { typescript: "~5.9.2", "ts-node": "^10.9.2", "@swc/core": "^1.16.0", "@types/node": "^20.19.0" },
      },
      null,
      2
    )
  )
  const config = (options) => `import { defineConfig, loadEnv } from "@medusajs/framework/utils"
loadEnv(process.env.NODE_ENV || "development", process.cwd())
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "host", cookieSecret: "host" },
    cookieOptions: { secure: false },
  },
  plugins: [{ resolve: "medusa-plugin-routine-bundles", options: ${JSON.stringify(options)} }],
})
`
  writeFileSync(path.join(host, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2021", module: "Node16", moduleResolution: "Node16", esModuleInterop: true, skipLibCheck: true, outDir: "./.medusa/server", jsx: "react-jsx" }, include: ["**/*"], exclude: ["node_modules", ".medusa"] }))
  writeFileSync(path.join(host, "medusa-config.ts"), config({ cart_lock_timeout_seconds: 30 }))
  writeFileSync(path.join(host, "noop.ts"), "export default async function noop() {}\n")
  const install = await capture("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: host, env: { ...process.env, NODE_OPTIONS: "" } })
  if (install.code !== 0) throw new Error(`npm install failed:\n${install.output}`)
  const { version } = JSON.parse((await capture("node", ["-p", "JSON.stringify(require('@medusajs/medusa/package.json'))"], { cwd: host })).output)
  record(version === VERSION, `the host runs @medusajs/medusa ${version}`)

  // A database of its own, on an embedded PostgreSQL: the host shares nothing with this checkout.
  const pgDir = mkdtempSync(path.join(os.tmpdir(), "routine-host-pg-"))
  chmodSync(pgDir, 0o755)
  const pg = await startEmbeddedPostgres({ dataDir: path.join(pgDir, "data"), persistent: false })
  cleanups.push(async () => {
    await pg.stop()
    rmSync(pgDir, { recursive: true, force: true })
  })
  await pg.createDatabase("routine_host")
  const databaseUrl = pg.url("routine_host")
  const env = { ...process.env, DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true", NODE_OPTIONS: "" }
  const bin = path.join(host, "node_modules/.bin/medusa")

  step("Migrating (the plugin's module and links)")
  const migrated = await capture(bin, ["db:migrate"], { cwd: host, env })
  record(migrated.code === 0 && /routine/.test(migrated.output), "medusa db:migrate runs the plugin's migrations")
  await capture(bin, ["user", "-e", "host@example.com", "-p", "host-secret"], { cwd: host, env })

  step("An unknown option stops start-up, naming it")
  writeFileSync(path.join(host, "medusa-config.ts"), config({ cart_lock_timeout_seconds: 30, bogus: true }))
  const refused = await capture(bin, ["exec", "./noop.ts"], { cwd: host, env })
  record(refused.code !== 0 && refused.output.includes('unknown option "bogus"'), 'start-up refuses `bogus` with: unknown option "bogus"')
  writeFileSync(path.join(host, "medusa-config.ts"), config({ cart_lock_timeout_seconds: 30 }))

  step("Building the application (backend and admin with the plugin's extensions)")
  const built = await capture(bin, ["build"], { cwd: host, env })
  record(built.code === 0, "medusa build")

  step("Starting it")
  const port = await freePort()
  const server = spawn(bin, ["start"], { cwd: path.join(host, ".medusa/server"), env: { ...env, NODE_ENV: "production", PORT: String(port) } })
  let log = ""
  server.stdout.on("data", (c) => (log = (log + c).slice(-20000)))
  server.stderr.on("data", (c) => (log = (log + c).slice(-20000)))
  cleanups.push(() => new Promise((resolve) => { server.once("exit", resolve); server.kill("SIGTERM") }))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline && !(await fetch(`${url}/health`).then((r) => r.ok, () => false))) {
    if (server.exitCode !== null) throw new Error(`medusa start exited:\n${log}`)
    await new Promise((r) => setTimeout(r, 500))
  }

  const { token } = await fetch(`${url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "host@example.com", password: "host-secret" }),
  }).then((r) => r.json())
  const routines = await fetch(`${url}/admin/routines`, { headers: { authorization: `Bearer ${token}` } })
  const body = await routines.json()
  record(routines.status === 200 && Array.isArray(body.routines), `GET /admin/routines answers ${routines.status} ${JSON.stringify(body).slice(0, 80)}`)

  step("The admin serves the plugin's pages")
  const { chromium } = await import("playwright-core")
  const profile = mkdtempSync(path.join(os.tmpdir(), "routine-host-chromium-"))
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  })
  cleanups.push(() => context.close())
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${url}/app/login`)
  await page.locator('input[name="email"]').fill("host@example.com")
  await page.locator('input[name="password"]').fill("host-secret")
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((u) => !u.pathname.includes("/login"), { timeout: 60_000 })
  await page.goto(`${url}/app/routines`)
  const heading = await page.getByRole("heading", { name: "Routines" }).first().waitFor({ timeout: 60_000 }).then(() => true, () => false)
  record(heading, "/app/routines shows the plugin's Routines page")
  const sidebar = await page.getByRole("link", { name: "Symptoms" }).count()
  record(sidebar > 0, "the sidebar links the plugin's Symptoms page")
} catch (error) {
  record(false, error.message.split("\n")[0])
  console.error(error)
} finally {
  await cleanUp()
}

console.log(`\ncheck:host (Medusa ${VERSION}, ${Math.round((Date.now() - started) / 1000)} s)\n${results.join("\n")}`)
process.exit(results.some((r) => r.startsWith("FAIL")) ? 1 : 0)
