// Figures of `npm run bench` on carts that already hold something: editing a
// bundle, and a region change re-pricing 1 or 10 bundles, each next to the
// core route doing the same to plain lines, in the same run.
import { dumpSql } from "./figures.mjs"
import { measureEach, ratio, withoutLatencies } from "./load.mjs"
import { createCarts } from "./store-api.mjs"

/** `count` EUR carts, each given `bundles` bundles of the demo routine, a few carts at a time. */
const cartsWithBundles = async (api, catalog, regionId, count, bundles) => {
  const ids = await createCarts(api, regionId, count)
  const queue = [...ids]
  const results = new Map()
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      let last
      for (let i = 0; i < bundles; i++) {
        last = await api.post(`/store/carts/${id}/routine-bundles`, { routine_id: catalog.routine.id })
      }
      results.set(id, last)
    }
  }
  await Promise.all(Array.from({ length: 3 }, worker))
  return ids.map((id) => ({ id, ...results.get(id) }))
}

/** `count` EUR carts created with the given plain lines in one request each. */
const cartsWithLines = async (api, regionId, count, variantIds) => {
  const carts = []
  for (let i = 0; i < count; i++) {
    const { cart } = await api.post("/store/carts", {
      region_id: regionId,
      items: variantIds.map((variant_id) => ({ variant_id, quantity: 1 })),
    })
    if (cart.items.length !== variantIds.length) {
      throw new Error(`A cart created with ${variantIds.length} lines has ${cart.items.length}`)
    }
    carts.push(cart)
  }
  return carts
}

const timed = (server, api, requests) =>
  measureEach({ baseUrl: server.url, method: "POST", requests, headers: api.headers })

/**
 * One statement-counted request on its own cart, then `requests` timed one
 * at a time: the route's own latency, never queueing behind another.
 */
const measureRoute = async ({ server, api, db }, [counted, ...requests]) => {
  const count = await db.countStatements(() => api.post(counted.path, counted.body))
  dumpSql(`POST ${counted.path} ${JSON.stringify(counted.body)}`, count.sql)
  const summary = withoutLatencies(await timed(server, api, requests))
  return { statements: count.statements, queries: count.queries, ...summary }
}

/** Bundle edit (quantity 1 → 2) against core's quantity update of one plain line. */
export const bundleEdit = async (context) => {
  const { api, catalog, regionId, options } = context
  const n = options.carts + 1
  const bundleCarts = await cartsWithBundles(api, catalog, regionId, n, 1)
  const lineCarts = await cartsWithLines(api, regionId, n, [catalog.line_item_variant_id])

  const ours = await measureRoute(
    context,
    bundleCarts.map(({ id, routine_bundles }) => ({
      path: `/store/carts/${id}/routine-bundles/${routine_bundles[0].id}`,
      body: { quantity: 2 },
    }))
  )
  const core = await measureRoute(
    context,
    lineCarts.map((cart) => ({ path: `/store/carts/${cart.id}/line-items/${cart.items[0].id}`, body: { quantity: 2 } }))
  )
  const edited = await api.get(`/store/carts/${bundleCarts[1].id}/routine-bundles`)
  if (edited.routine_bundles[0]?.quantity !== 2) {
    throw new Error(`A timed bundle edit left quantity ${edited.routine_bundles[0]?.quantity}, expected 2`)
  }
  return {
    ours: { route: "POST /store/carts/:id/routine-bundles/:bundle_id { quantity: 2 }", lines: 5, ...ours },
    core: { route: "POST /store/carts/:id/line-items/:line_id { quantity: 2 }", lines: 1, ...core },
    ratio_p50: ratio(ours.p50_ms, core.p50_ms),
  }
}

/**
 * A region change (EUR → USD) of carts holding 1 and 10 bundles, which
 * re-prices every bundle in one pass under the cart lock, against core's
 * region change of carts holding as many plain lines (5 and 50).
 */
export const regionChange = async (context) => {
  const { api, catalog, regions, regionId, options } = context
  const usd = regions.find((r) => r.currency_code === "usd").id
  const n = options.carts + 1
  const rows = []
  for (const bundles of [1, 10]) {
    const lines = 5 * bundles
    const bundleCarts = await cartsWithBundles(api, catalog, regionId, n, bundles)
    const plainCarts = await cartsWithLines(api, regionId, n, catalog.plain_variant_ids.slice(0, lines))
    const toUsd = (id) => ({ path: `/store/carts/${id}`, body: { region_id: usd } })
    const ours = await measureRoute(context, bundleCarts.map(({ id }) => toUsd(id)))
    const core = await measureRoute(context, plainCarts.map(({ id }) => toUsd(id)))
    const moved = await api.get(`/store/carts/${bundleCarts[1].id}/routine-bundles`)
    const repriced = moved.routine_bundles.filter((b) => b.currency_code === "usd").length
    if (repriced !== bundles) {
      throw new Error(`A timed region change re-priced ${repriced} of ${bundles} bundles`)
    }
    rows.push({
      bundles,
      lines,
      ours: { route: `POST /store/carts/:id { region_id } with ${bundles} bundle(s)`, ...ours },
      core: { route: `POST /store/carts/:id { region_id } with ${lines} plain lines`, ...core },
      ratio_p50: ratio(ours.p50_ms, core.p50_ms),
    })
  }
  return { rows }
}
