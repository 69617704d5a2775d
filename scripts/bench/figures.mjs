// The four figures of `npm run bench`. Each figure of ours is measured next to
// the core Medusa route that does the comparable job, in the same run.
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { measureEach, measureSequential, measureThroughput, ratio, summarize, withoutLatencies } from "./load.mjs"
import { statementProfile } from "./statement-profile.mjs"
import { createCarts } from "./store-api.mjs"


const countedRequest = async (db, api, path) => {
  const counted = await db.countStatements(() => api.get(path))
  dumpSql(path, counted.sql)
  return { response: counted.result, statements: counted.statements, queries: counted.queries }
}

// BENCH_SQL_DIR=<dir> keeps the statements each counted request ran, to read
// what a route does when a figure looks wrong.
export const dumpSql = (label, sql) => {
  const dir = process.env.BENCH_SQL_DIR
  if (!dir || !sql.length) return
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${label.replace(/[^a-z0-9]+/gi, "_").slice(0, 80)}.sql`)
  writeFileSync(file, sql.map((s) => `${s};`).join("\n\n"))
}

const routinePath = (handle, regionId) =>
  `/store/routines/${handle}?region_id=${regionId}`

const productsPath = (regionId, limit) =>
  `/store/products?limit=${limit}&region_id=${regionId}&fields=*variants.calculated_price`

const candidateCount = (routine) =>
  new Set(routine.steps.flatMap((s) => s.products.map((p) => p.id))).size

/**
 * (1) The routine page against core listing as many products, cold (the
 * server runs with the page cache off) or cached (the default: every request
 * after the first is a cache hit, the header says so).
 */
export const routineRetrieve = async ({ server, api, db, catalog, regionId, options }, { cache, maxRatio }) => {
  const ours = routinePath(catalog.routine.handle, regionId)
  const { response, ...oursCount } = await countedRequest(db, api, ours)
  const status = (await fetch(`${server.url}${ours}`, { headers: api.headers })).headers.get("x-routine-cache")
  const expected = cache ? "hit" : "off"
  if (status !== expected) {
    throw new Error(`${ours} answered x-routine-cache: ${status}, expected ${expected}`)
  }
  // With the cache on, a hit still reads the region and the channel's key.
  const hitStatements = cache ? (await countedRequest(db, api, ours)).statements : null
  const products = candidateCount(response.routine)
  const core = productsPath(regionId, products)
  const { response: coreResponse, ...coreCount } = await countedRequest(db, api, core)
  if (coreResponse.products.length !== products) {
    throw new Error(`${core} listed ${coreResponse.products.length} products, expected ${products}`)
  }

  const load = (path) =>
    measureThroughput({
      url: `${server.url}${path}`,
      headers: api.headers,
      connections: options.connections,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
    })
  const oursLoad = await load(ours)
  const coreLoad = await load(core)
  return {
    cache: expected === "hit" ? "on (hits)" : "off",
    ours: { route: `GET ${ours}`, steps: response.routine.steps.length, products, ...oursCount, statements_hit: hitStatements, ...oursLoad },
    core: { route: `GET ${core}`, ...coreCount, ...coreLoad },
    ratio_p50: ratio(oursLoad.p50_ms, coreLoad.p50_ms),
    ratio_p99: ratio(oursLoad.p99_ms, coreLoad.p99_ms),
    ratio_requests_per_sec: ratio(oursLoad.requests_per_sec, coreLoad.requests_per_sec),
    target: `p50 ratio <= ${maxRatio}`,
    met: oursLoad.p50_ms <= maxRatio * coreLoad.p50_ms,
  }
}

/**
 * (2) Adding the five-item bundle against adding one line item, each to a
 * fresh cart. Two context rows explain the ratio: the quote alone (the
 * bundle's choice and pricing, which an add runs first), and core adding the
 * same five products as five line items, one request after another.
 */
export const addToCart = async ({ server, api, db, catalog, regionId, options }) => {
  const { adds, fiveLineCarts } = options
  // One extra cart of each kind to count statements on.
  const carts = await createCarts(api, regionId, 2 * (adds + 1) + fiveLineCarts)
  const bundleCarts = carts.slice(0, adds + 1)
  const lineCarts = carts.slice(adds + 1, 2 * (adds + 1))
  const fiveCarts = carts.slice(2 * (adds + 1))
  const bundleBody = { routine_id: catalog.routine.id }
  const lineBody = { variant_id: catalog.line_item_variant_id, quantity: 1 }

  const bundleCount = await db.countStatements(() =>
    api.post(`/store/carts/${bundleCarts.pop()}/routine-bundles`, bundleBody)
  )
  dumpSql("bundle-add", bundleCount.sql)
  const bundleItems = bundleCount.result.cart.items
  const lineCount = await db.countStatements(() =>
    api.post(`/store/carts/${lineCarts.pop()}/line-items`, lineBody)
  )
  dumpSql("line-item-add", lineCount.sql)

  const sequence = (requests) =>
    measureEach({ baseUrl: server.url, method: "POST", requests, headers: api.headers })
  const ours = await sequence(
    bundleCarts.map((id) => ({ path: `/store/carts/${id}/routine-bundles`, body: bundleBody }))
  )
  const core = await sequence(
    lineCarts.map((id) => ({ path: `/store/carts/${id}/line-items`, body: lineBody }))
  )
  const quotePath = `/store/routines/${catalog.routine.handle}/quote`
  const quote = await sequence(
    bundleCarts.slice(0, fiveLineCarts).map(() => ({ path: quotePath, body: { region_id: regionId } }))
  )
  const fiveVariants = bundleItems.map((item) => item.variant_id)
  const five = await sequence(
    fiveCarts.flatMap((id) =>
      fiveVariants.map((variant_id) => ({ path: `/store/carts/${id}/line-items`, body: { variant_id, quantity: 1 } }))
    )
  )
  const perCart = Array.from({ length: fiveLineCarts }, (_, i) =>
    five.latencies.slice(i * fiveVariants.length, (i + 1) * fiveVariants.length).reduce((a, b) => a + b, 0)
  )

  const sample = await api.get(`/store/carts/${bundleCarts[adds - 1]}`)
  if (sample.cart.items.length !== bundleItems.length) {
    throw new Error(`A timed bundle add left ${sample.cart.items.length} lines, expected ${bundleItems.length}`)
  }
  return {
    ours: {
      route: "POST /store/carts/:id/routine-bundles",
      items_per_add: bundleItems.length,
      statements: bundleCount.statements,
      queries: bundleCount.queries,
      statement_profile: statementProfile(bundleCount.sql),
      ...withoutLatencies(ours),
    },
    core: {
      route: "POST /store/carts/:id/line-items",
      items_per_add: 1,
      statements: lineCount.statements,
      queries: lineCount.queries,
      statement_profile: statementProfile(lineCount.sql),
      ...withoutLatencies(core),
    },
    context: {
      quote: { route: `POST ${quotePath}`, ...withoutLatencies(quote) },
      core_five_lines: {
        route: `${fiveVariants.length} x POST /store/carts/:id/line-items, one after another`,
        ...summarize(perCart),
        failures: five.failures,
      },
    },
    ratio_p50: ratio(ours.p50_ms, core.p50_ms),
    ratio_p99: ratio(ours.p99_ms, core.p99_ms),
    ratio_p50_vs_core_five_lines: ratio(ours.p50_ms, summarize(perCart).p50_ms),
    target: "p50 ratio <= 1.3",
    met: ours.p50_ms <= 1.3 * core.p50_ms,
  }
}

/**
 * (3) One routine retrieve as the routine grows, next to core listing the
 * same number of products with calculated prices: both pay for every product
 * they load and serialise, so the per-product cost is compared too.
 */
export const scale = async ({ server, api, db, catalog, regionId, options }) => {
  const rows = []
  const timed = (path) =>
    measureSequential({
      url: `${server.url}${path}`,
      headers: api.headers,
      amount: options.requests,
      warmup: options.warmup,
    })
  for (const size of catalog.scale) {
    const path = routinePath(size.handle, regionId)
    const { response, statements, queries } = await countedRequest(db, api, path)
    const products = candidateCount(response.routine)
    if (response.routine.steps.length !== size.steps || products !== size.products) {
      throw new Error(
        `${path} returned ${response.routine.steps.length} steps and ${products} products, expected ${size.steps} x ${size.products}`
      )
    }
    const corePath = productsPath(regionId, size.products)
    const { statements: coreStatements } = await countedRequest(db, api, corePath)
    const ours = await timed(path)
    const core = await timed(corePath)
    rows.push({
      steps: size.steps,
      products: size.products,
      statements,
      queries,
      ...ours,
      core: { route: `GET ${corePath}`, statements: coreStatements, ...core },
    })
  }
  return { rows, ...scaleVerdict(rows) }
}

const slope = (a, b, key) => (b[key] - a[key]) / (b.products - a.products)

/**
 * Statements must not depend on the size. Time may grow with products (each
 * is loaded, priced and serialised, as in core's product list) but not with
 * steps: compare the same product count at the fewest and the most steps.
 */
const scaleVerdict = (rows) => {
  const counts = new Set(rows.map((r) => r.statements))
  const fewest = Math.min(...rows.map((r) => r.steps))
  const most = Math.max(...rows.map((r) => r.steps))
  const fewSteps = rows.filter((r) => r.steps === fewest).sort((a, b) => a.products - b.products)
  const first = fewSteps[0]
  const last = fewSteps[fewSteps.length - 1]
  const maxProducts = Math.max(...rows.map((r) => r.products))
  const sameProducts = [fewest, most].map((steps) => rows.find((r) => r.steps === steps && r.products === maxProducts))
  const stepsFactor = sameProducts.every(Boolean) && fewest !== most
    ? ratio(sameProducts[1].p50_ms, sameProducts[0].p50_ms)
    : null
  const round3 = (n) => Math.round(n * 1000) / 1000
  // null: the database server offers no way to count (see the setup table).
  const statementsConstant = counts.has(null) ? null : counts.size === 1
  return {
    statements_constant: statementsConstant,
    ms_per_product: round3(slope(first, last, "p50_ms")),
    core_ms_per_product: round3((last.core.p50_ms - first.core.p50_ms) / (last.products - first.products)),
    p50_ratio_most_to_fewest_steps: stepsFactor,
    target: "statements constant; time linear in products, not in steps",
    // More steps over the same products may cost a little (more rows to sort
    // and serialise), not a multiple.
    met: statementsConstant !== false && stepsFactor !== null && stepsFactor <= 1.25,
  }
}
