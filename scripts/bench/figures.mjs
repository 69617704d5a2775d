// The four figures of `npm run bench`. Each figure of ours is measured next to
// the core Medusa route that does the comparable job, in the same run.
import { measureEach, measureSequential, measureThroughput } from "./load.mjs"
import { createCarts } from "./store-api.mjs"

const ratio = (ours, core) => Math.round((ours / core) * 100) / 100

const countedRequest = async (db, api, path) => {
  const counted = await db.countStatements(() => api.get(path))
  return { response: counted.result, statements: counted.statements, queries: counted.queries }
}

const routinePath = (handle, regionId) =>
  `/store/routines/${handle}?region_id=${regionId}`

const productsPath = (regionId, limit) =>
  `/store/products?limit=${limit}&region_id=${regionId}&fields=*variants.calculated_price`

const candidateCount = (routine) =>
  new Set(routine.steps.flatMap((s) => s.products.map((p) => p.id))).size

/** (1) Retrieving the routine page against listing as many products. */
export const routineRetrieve = async ({ server, api, db, catalog, regionId, options }) => {
  const ours = routinePath(catalog.routine.handle, regionId)
  const { response, ...oursCount } = await countedRequest(db, api, ours)
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
    ours: { route: `GET ${ours}`, steps: response.routine.steps.length, products, ...oursCount, ...oursLoad },
    core: { route: `GET ${core}`, ...coreCount, ...coreLoad },
    ratio_p50: ratio(oursLoad.p50_ms, coreLoad.p50_ms),
    ratio_p99: ratio(oursLoad.p99_ms, coreLoad.p99_ms),
    ratio_requests_per_sec: ratio(oursLoad.requests_per_sec, coreLoad.requests_per_sec),
    target: "p50 ratio <= 1.0",
    met: oursLoad.p50_ms <= coreLoad.p50_ms,
  }
}

/** (2) Adding the five-item bundle against adding one line item, each to a fresh cart. */
export const addToCart = async ({ server, api, db, catalog, regionId, options }) => {
  // Two extra carts of each kind: one to count statements on, one spare.
  const carts = await createCarts(api, regionId, 2 * (options.adds + 2))
  const bundleCarts = carts.slice(0, options.adds + 2)
  const lineCarts = carts.slice(options.adds + 2)
  const bundleBody = { routine_id: catalog.routine.id }
  const lineBody = { variant_id: catalog.line_item_variant_id, quantity: 1 }

  const bundleCount = await db.countStatements(() =>
    api.post(`/store/carts/${bundleCarts.pop()}/routine-bundles`, bundleBody)
  )
  const bundleItems = bundleCount.result.cart.items.length
  const lineCount = await db.countStatements(() =>
    api.post(`/store/carts/${lineCarts.pop()}/line-items`, lineBody)
  )

  const run = (cartIds, suffix, body) =>
    measureEach({
      baseUrl: server.url,
      method: "POST",
      paths: cartIds.slice(0, options.adds).map((id) => `/store/carts/${id}/${suffix}`),
      body,
      headers: api.headers,
    })
  const ours = await run(bundleCarts, "routine-bundles", bundleBody)
  const core = await run(lineCarts, "line-items", lineBody)
  const sample = await api.get(`/store/carts/${bundleCarts[options.adds - 1]}`)
  if (sample.cart.items.length !== bundleItems) {
    throw new Error(`A timed bundle add left ${sample.cart.items.length} lines, expected ${bundleItems}`)
  }
  return {
    ours: {
      route: "POST /store/carts/:id/routine-bundles",
      items_per_add: bundleItems,
      statements: bundleCount.statements,
      queries: bundleCount.queries,
      ...ours,
    },
    core: {
      route: "POST /store/carts/:id/line-items",
      items_per_add: 1,
      statements: lineCount.statements,
      queries: lineCount.queries,
      ...core,
    },
    ratio_p50: ratio(ours.p50_ms, core.p50_ms),
    ratio_p99: ratio(ours.p99_ms, core.p99_ms),
    target: "p50 ratio <= 1.5",
    met: ours.p50_ms <= 1.5 * core.p50_ms,
  }
}

/** (3) One routine retrieve as the routine grows in steps and products. */
export const scale = async ({ server, api, db, catalog, regionId, options }) => {
  const rows = []
  for (const size of catalog.scale) {
    const path = routinePath(size.handle, regionId)
    await api.get(path)
    const { response, statements, queries } = await countedRequest(db, api, path)
    const products = candidateCount(response.routine)
    if (response.routine.steps.length !== size.steps || products !== size.products) {
      throw new Error(
        `${path} returned ${response.routine.steps.length} steps and ${products} products, expected ${size.steps} x ${size.products}`
      )
    }
    const timing = await measureSequential({
      url: `${server.url}${path}`,
      headers: api.headers,
      amount: options.requests,
      warmup: options.warmup,
    })
    rows.push({ steps: size.steps, products: size.products, statements, queries, ...timing })
  }
  return { rows, ...scaleVerdict(rows) }
}

const find = (rows, steps, products) =>
  rows.find((r) => r.steps === steps && r.products === products)

/**
 * Statements must not depend on the size. Time may grow with products (every
 * product is serialised) but not with steps: compare the same product count
 * at different step counts, and the per-product cost at a fixed step count.
 */
const scaleVerdict = (rows) => {
  const counts = new Set(rows.map((r) => r.statements))
  const smallest = rows[0]
  const largest = rows[rows.length - 1]
  const fewSteps = rows.filter((r) => r.steps === smallest.steps)
  const productSpan = fewSteps[fewSteps.length - 1]
  const perProduct =
    (productSpan.p50_ms - smallest.p50_ms) / (productSpan.products - smallest.products)
  const sameProducts = find(rows, smallest.steps, largest.products)
  const stepsFactor = sameProducts ? ratio(largest.p50_ms, sameProducts.p50_ms) : null
  return {
    statements_constant: counts.size === 1 && !counts.has(null),
    ms_per_extra_product_at_fixed_steps: Math.round(perProduct * 1000) / 1000,
    p50_ratio_more_steps_same_products: stepsFactor,
    target: "statements constant; time linear in products, not in steps",
  }
}
