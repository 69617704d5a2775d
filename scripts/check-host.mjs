// `npm run check:host`: the plugin as a merchant gets it, following the
// README and nothing else. Packs this checkout (the plugin and the client
// package); creates a Medusa application on another version of the
// supported range (HOST_MEDUSA_VERSION, 2.21.1) with only what a Medusa app
// has, then `npm install <tarball>`; migrates; builds and starts it from
// .medusa/server as Medusa's docs say; seeds a region, two products and a
// routine through the admin API; calls the store routes through the typed
// client package, installed alone in a storefront folder (quote, add, edit,
// remove, the money to the cent); shows the admin's pages in Chromium; refuses
// a wrong option at `medusa start`; and runs the README's uninstall steps
// (dissolve, remove, `db:migrate --execute-all-links`). Needs the npm
// registry; takes a few minutes.
import { spawn } from "node:child_process"
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import process from "node:process"
import { freePort, startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")
const VERSION = process.env.HOST_MEDUSA_VERSION || "2.21.1"
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const started = Date.now()
const step = (title) => console.log(`\n[check:host ${Math.round((Date.now() - started) / 1000)}s] ${title}`)
const results = []
const record = (ok, what) => {
  results.push(`${ok ? "PASS" : "FAIL"}  ${what}`)
  console.log(`${ok ? "✔" : "✖"} ${what}`)
  return ok
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

const must = async (what, promise) => {
  const result = await promise
  if (result.code !== 0) throw new Error(`${what} failed:\n${result.output.slice(-4000)}`)
  return result
}

const npmEnv = { ...process.env, NODE_OPTIONS: "" }
const npm = (args, cwd) => must(`npm ${args.join(" ")}`, capture("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, env: npmEnv }))

/** The medusa-config.ts the README shows, with these options. */
const config = (options, withPlugin = true) => `import { defineConfig, loadEnv } from "@medusajs/framework/utils"
loadEnv(process.env.NODE_ENV || "development", process.cwd())
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "host", cookieSecret: "host" },
  },
  plugins: [${withPlugin ? `{ resolve: "medusa-plugin-routine-bundles", options: ${JSON.stringify(options)} }` : ""}],
})
`

/** `medusa start` from the app's .medusa/server, as Medusa's docs run a built app; resolves once /health answers. */
const startServer = async (app, bin, env, port) => {
  const server = spawn(bin, ["start"], { cwd: path.join(app, ".medusa/server"), env: { ...env, NODE_ENV: "production", PORT: String(port) } })
  let log = ""
  server.on("error", (error) => (log += `\n${error.message}`))
  server.stdout.on("data", (c) => (log = (log + c).slice(-20000)))
  server.stderr.on("data", (c) => (log = (log + c).slice(-20000)))
  const stop = () =>
    new Promise((resolve) => {
      if (server.exitCode !== null) return resolve()
      server.once("exit", resolve)
      server.kill("SIGTERM")
    })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) return { url, stop, exited: true, log: () => log }
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) return { url, stop, exited: false, log: () => log }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop()
  throw new Error(`medusa start did not answer /health within 120 s:\n${log}`)
}

/** One admin or store call; throws with the body on a status it did not expect. */
const api = (url, headers) => async (method, route, body) => {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(body && { body: JSON.stringify(body) }),
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${JSON.stringify(json).slice(0, 300)}`)
  return json
}

// Said first, not found half-way: the admin pages are checked in Chromium.
const chromium = existsSync(CHROMIUM)
if (!chromium) {
  console.error(`Chromium is not at ${CHROMIUM}: the admin pages cannot be checked. Install it (apt-get install chromium) or set CHROMIUM_PATH; the other checks run.`)
}

try {
  step("Packing the plugin and the client package")
  await npm(["pack", "--pack-destination", host], ROOT)
  await npm(["pack", "-w", "medusa-plugin-routine-bundles-client", "--pack-destination", host], ROOT)
  const tarballs = readdirSync(host).filter((f) => f.endsWith(".tgz"))
  const pluginTarball = path.join(host, tarballs.find((f) => f.startsWith("medusa-plugin-routine-bundles-0")))
  const clientTarball = path.join(host, tarballs.find((f) => f.startsWith("medusa-plugin-routine-bundles-client-")))

  step(`A Medusa ${VERSION} application (what medusa-starter-default installs), then npm install <the plugin's tarball>`)
  const app = path.join(host, "app")
  mkdirSync(app)
  const medusa = (name) => [`@medusajs/${name}`, VERSION]
  writeFileSync(
    path.join(app, "package.json"),
    JSON.stringify(
      {
        name: "routine-host",
        private: true,
        dependencies: Object.fromEntries(["medusa", "framework", "cli", "admin-sdk"].map(medusa)),
        devDependencies: { typescript: "~5.9.2", "ts-node": "^10.9.2", "@swc/core": "^1.16.0", "@types/node": "^20.19.0" },
      },
      null,
      2
    )
  )
  writeFileSync(path.join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2021", module: "Node16", moduleResolution: "Node16", esModuleInterop: true, skipLibCheck: true, outDir: "./.medusa/server", jsx: "react-jsx" }, include: ["**/*"], exclude: ["node_modules", ".medusa"] }))
  writeFileSync(path.join(app, "medusa-config.ts"), config({}, false))
  await npm(["install"], app)
  await npm(["install", pluginTarball], app)
  writeFileSync(path.join(app, "medusa-config.ts"), config({ cart_lock_timeout_seconds: 30 }))
  const { version } = JSON.parse(readFileSync(path.join(app, "node_modules/@medusajs/medusa/package.json"), "utf8"))
  record(version === VERSION, `the host runs @medusajs/medusa ${version}, the plugin from its tarball and nothing else added`)

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
  const bin = path.join(app, "node_modules/.bin/medusa")
  /** Whether these tables exist, read from the database with the app's own pg. */
  const tables = async (names) => {
    const script = `const { Client } = require("pg"); const c = new Client(${JSON.stringify(databaseUrl)}); c.connect().then(() => c.query("select to_regclass(n)::text as t from unnest($1::text[]) as n", [${JSON.stringify(names)}])).then((r) => { console.log(JSON.stringify(r.rows.map((row) => row.t))); return c.end() })`
    const { output } = await must("reading the tables", capture(process.execPath, ["-e", script], { cwd: app, env }))
    return JSON.parse(output.trim().split("\n").pop()).map((t) => t !== null)
  }
  const LINK_TABLES = ["routine_care_step_product_product", "routine_symptom_product_product"]

  step("medusa db:migrate")
  const migrated = await capture(bin, ["db:migrate"], { cwd: app, env })
  const created = await tables(["routine", "care_step", "routine_bundle", ...LINK_TABLES])
  record(migrated.code === 0 && created.every(Boolean), `db:migrate creates the routine module's tables and its two link tables (${created.filter(Boolean).length}/5)`)
  await must("medusa user", capture(bin, ["user", "-e", "host@example.com", "-p", "host-secret"], { cwd: app, env }))

  step("medusa build, then medusa start from .medusa/server")
  record((await capture(bin, ["build"], { cwd: app, env })).code === 0, "medusa build (the backend and the admin with the plugin's extensions)")
  // The built app reads its environment from .medusa/server (Medusa's docs copy .env there).
  writeFileSync(path.join(app, ".medusa/server/.env"), `DATABASE_URL=${databaseUrl}\n`)

  step("A wrong option stops `medusa start`, naming it")
  const builtConfig = path.join(app, ".medusa/server/medusa-config.js")
  const goodConfig = readFileSync(builtConfig, "utf8")
  const badConfig = goodConfig.replace(/("cart_lock_timeout_seconds"\s*:\s*30)/, '$1, "bogus": true')
  if (badConfig === goodConfig) throw new Error("the built medusa-config.js holds no plugin options to change")
  writeFileSync(builtConfig, badConfig)
  const refused = await startServer(app, bin, env, await freePort())
  await refused.stop()
  record(refused.exited && refused.log().includes('unknown option "bogus"'), 'medusa start refuses the option `bogus` with: unknown option "bogus"')
  writeFileSync(builtConfig, goodConfig)

  const server = await startServer(app, bin, env, await freePort())
  cleanups.push(server.stop)
  if (server.exited) throw new Error(`medusa start exited:\n${server.log()}`)
  const { url } = server
  const { token } = await api(url, {})("POST", "/auth/user/emailpass", { email: "host@example.com", password: "host-secret" })
  const admin = api(url, { authorization: `Bearer ${token}` })

  step("Seeding through the admin API: a region, two products, a published routine")
  const { sales_channels } = await admin("GET", "/admin/sales-channels")
  const channel = sales_channels[0]
  const { region } = await admin("POST", "/admin/regions", { name: "Europe", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"] })
  const { api_key } = await admin("POST", "/admin/api-keys", { title: "Host storefront", type: "publishable" })
  await admin("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [channel.id] })
  const product = async (title, amount) =>
    (
      await admin("POST", "/admin/products", {
        title,
        status: "published",
        options: [{ title: "Size", values: ["One"] }],
        variants: [{ title: "One", options: { Size: "One" }, manage_inventory: false, prices: [{ currency_code: "eur", amount }] }],
        sales_channels: [{ id: channel.id }],
      })
    ).product
  const cleanser = await product("Host Cleanser", 12.4)
  const cream = await product("Host Cream", 20)
  const { routine } = await admin("POST", "/admin/routines", { title: "Host Routine", handle: "host-routine", discount_type: "percentage", discount_value: 15 })
  for (const [position, [title, item]] of [["Cleanse", cleanser], ["Moisturise", cream]].entries()) {
    await admin("POST", `/admin/routines/${routine.id}/steps`, { title, position: position + 1 })
    const stepId = (await admin("GET", `/admin/routines/${routine.id}/steps`)).steps[position].id
    await admin("POST", `/admin/routines/${routine.id}/steps/${stepId}/products`, { add: [{ product_id: item.id, is_default: true, rank: 0 }] })
  }
  await admin("POST", `/admin/routines/${routine.id}`, { status: "published" })
  record(true, "the admin API creates and publishes a routine of two steps")

  step("A storefront folder with only the client package (and its peer, the JS SDK) calls the store routes")
  const storefront = path.join(host, "storefront")
  mkdirSync(storefront)
  writeFileSync(path.join(storefront, "package.json"), JSON.stringify({ name: "host-storefront", private: true, type: "module" }))
  await npm(["install", clientTarball], storefront)
  const installed = readdirSync(path.join(storefront, "node_modules/@medusajs"))
  record(installed.join(",") === "js-sdk", `the client package installs with @medusajs/js-sdk alone (node_modules/@medusajs: ${installed.join(", ")})`)
  writeFileSync(
    path.join(storefront, "shop.mjs"),
    `import Medusa from "@medusajs/js-sdk"
import { routineBundles } from "medusa-plugin-routine-bundles-client"
const sdk = new Medusa({ baseUrl: ${JSON.stringify(url)}, publishableKey: ${JSON.stringify(api_key.token)} })
const bundles = routineBundles(sdk)
const out = {}
out.listed = (await bundles.routines.list({ region_id: ${JSON.stringify(region.id)} })).routines.map((r) => [r.handle, r.sellable])
const { quote } = await bundles.routines.quote("host-routine", { region_id: ${JSON.stringify(region.id)} })
out.quote = [quote.subtotal, quote.discount_total, quote.total]
const { cart } = await sdk.store.cart.create({ region_id: ${JSON.stringify(region.id)} })
const added = await bundles.cart.addBundle(cart.id, { routine_id: "host-routine" })
const bundle = added.routine_bundles[0]
out.added = [bundle.total, added.cart.total]
const edited = await bundles.cart.updateBundle(cart.id, bundle.id, { quantity: 2 })
out.edited = [edited.routine_bundles[0].quantity, edited.routine_bundles[0].total, edited.cart.total]
const removed = await bundles.cart.removeBundle(cart.id, bundle.id)
out.removed = [(await bundles.cart.listBundles(cart.id)).routine_bundles.length, (await sdk.store.cart.retrieve(cart.id)).cart.items.length]
// One left in a cart for the uninstall's dissolve step.
const { cart: kept } = await sdk.store.cart.create({ region_id: ${JSON.stringify(region.id)} })
await bundles.cart.addBundle(kept.id, { routine_id: "host-routine" })
out.kept = kept.id
console.log(JSON.stringify(out))
`
  )
  const shop = await must("the storefront's calls", capture(process.execPath, ["shop.mjs"], { cwd: storefront, env: npmEnv }))
  const out = JSON.parse(shop.output.trim().split("\n").pop())
  // 12.40 + 20.00 = 32.40; 15 % off is 4.86: 27.54 a routine, 55.08 for two.
  record(JSON.stringify(out.listed) === '[["host-routine",true]]', `GET /store/routines lists the routine as sellable: ${JSON.stringify(out.listed)}`)
  record(JSON.stringify(out.quote) === "[32.4,4.86,27.54]", `the quote is 32.40 − 4.86 = 27.54 to the cent: ${JSON.stringify(out.quote)}`)
  record(JSON.stringify(out.added) === "[27.54,27.54]", `the bundle is added at 27.54 and the cart totals 27.54: ${JSON.stringify(out.added)}`)
  record(JSON.stringify(out.edited) === "[2,55.08,55.08]", `two routines cost 55.08: ${JSON.stringify(out.edited)}`)
  record(JSON.stringify(out.removed) === "[0,0]", `removing the bundle empties the cart: ${JSON.stringify(out.removed)}`)

  if (chromium) {
    step("The admin's pages in Chromium")
    const { chromium: browserType } = await import("playwright-core")
    const profile = mkdtempSync(path.join(os.tmpdir(), "routine-host-chromium-"))
    cleanups.push(() => rmSync(profile, { recursive: true, force: true }))
    const context = await browserType.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // Production cookies are Secure: as behind an https proxy, not by weakening the app's settings.
      extraHTTPHeaders: { "X-Forwarded-Proto": "https" },
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    })
    cleanups.push(() => context.close())
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${url}/app/login`)
    await page.locator('input[name="email"]').fill("host@example.com")
    await page.locator('input[name="password"]').fill("host-secret")
    await page.getByRole("button", { name: "Continue with Email" }).click()
    const loggedIn = await page.waitForURL((u) => !u.pathname.includes("/login"), { timeout: 60_000 }).then(() => true, () => false)
    record(loggedIn, "the admin logs in over the production server")
    for (const [route, heading] of [["routines", "Routines"], ["symptoms", "Symptoms"], ["routine-performance", "Routine performance"]]) {
      await page.goto(`${url}/app/${route}`)
      const shown = await page.getByRole("heading", { name: heading }).first().waitFor({ timeout: 60_000 }).then(() => true, () => false)
      record(shown, `/app/${route} shows the plugin's ${heading} page`)
    }
    const routineRow = await page.goto(`${url}/app/routines`).then(() => page.getByText("Host Routine").first().waitFor({ timeout: 30_000 })).then(() => true, () => false)
    record(routineRow, "the Routines page lists the seeded routine")
  } else {
    record(false, `the admin pages: Chromium is not at ${CHROMIUM} (install it, or set CHROMIUM_PATH)`)
  }

  step("Uninstalling as the README says")
  const dissolved = await capture(bin, ["exec", "./node_modules/medusa-plugin-routine-bundles/.medusa/server/src/commands/dissolve-routine-bundles.js"], { cwd: app, env })
  const left = await api(url, { "x-publishable-api-key": api_key.token })("GET", `/store/carts/${out.kept}/routine-bundles`)
  const keptCart = await api(url, { "x-publishable-api-key": api_key.token })("GET", `/store/carts/${out.kept}`)
  record(
    dissolved.code === 0 && left.routine_bundles.length === 0 && keptCart.cart.items.length === 2 && keptCart.cart.total === 32.4,
    `1. the dissolve command ends the open bundle; its lines stay at regular prices (cart total ${keptCart.cart.total})`
  )
  await server.stop()
  writeFileSync(path.join(app, "medusa-config.ts"), config({}, false))
  await npm(["uninstall", "medusa-plugin-routine-bundles"], app)
  record(!existsSync(path.join(app, "node_modules/medusa-plugin-routine-bundles")), "2. the plugin entry is removed and the package uninstalled")
  const unlinked = await capture(bin, ["db:migrate", "--execute-all-links"], { cwd: app, env })
  const linksLeft = await tables(LINK_TABLES)
  record(unlinked.code === 0 && linksLeft.every((exists) => !exists), "3. db:migrate --execute-all-links deletes the two link tables")
  const restarted = await (async () => {
    await must("medusa build without the plugin", capture(bin, ["build"], { cwd: app, env }))
    writeFileSync(path.join(app, ".medusa/server/.env"), `DATABASE_URL=${databaseUrl}\n`)
    const again = await startServer(app, bin, env, await freePort())
    await again.stop()
    return !again.exited
  })()
  record(restarted, "the application builds and starts without the plugin")
} catch (error) {
  record(false, error.message.split("\n")[0])
  console.error(error)
} finally {
  await cleanUp()
}

console.log(`\ncheck:host (Medusa ${VERSION}, ${Math.round((Date.now() - started) / 1000)} s)\n${results.join("\n")}`)
process.exit(results.some((r) => r.startsWith("FAIL")) ? 1 : 0)
