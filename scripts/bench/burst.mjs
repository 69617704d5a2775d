// Figure 7 of `npm run bench`: a burst of concurrent adds to ONE cart, ours
// (bundles, queued on the cart's lock in arrival order, up to
// cart_lock_timeout_seconds) next to core's (line items, core's 2 s lock
// wait), in the same run. What the tests assert is only that every add is
// honest; how many get through, and how long the last one waited, is this
// machine's figure.
import { round, summarize } from "./load.mjs"
import { createCarts } from "./store-api.mjs"

const burstOnOneCart = async ({ server, api, regionId }, { adds, path, body }) => {
  const [cartId] = await createCarts(api, regionId, 1)
  const started = performance.now()
  const answers = await Promise.all(
    Array.from({ length: adds }, async () => {
      const sent = performance.now()
      const response = await fetch(`${server.url}${path(cartId)}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...api.headers },
        body: JSON.stringify(body),
      })
      await response.text()
      const done = performance.now()
      return { status: response.status, ms: done - sent, done, retry_after: response.headers.get("retry-after") }
    })
  )
  const seconds = (performance.now() - started) / 1000
  const succeeded = answers.filter((a) => a.status === 200)
  const busy = answers.filter((a) => a.status === 409)
  // Answers in the order the requests were sent: with the queue in arrival
  // order, each success is answered after the one sent before it.
  const inOrder = succeeded.slice(1).filter((a, i) => a.done >= succeeded[i].done).length
  const retryAfter = busy.map((a) => Number(a.retry_after)).filter(Number.isFinite)
  return {
    adds,
    succeeded: succeeded.length,
    busy_409: busy.length,
    other_errors: answers.length - succeeded.length - busy.length,
    seconds: round(seconds),
    adds_per_second: round(succeeded.length / seconds),
    last_sent_ms: Math.round(answers[answers.length - 1].ms),
    slowest_success_ms: succeeded.length ? Math.round(Math.max(...succeeded.map((a) => a.ms))) : null,
    success_p50_ms: succeeded.length ? summarize(succeeded.map((a) => a.ms)).p50_ms : null,
    successes_answered_in_send_order: `${inOrder} of ${Math.max(0, succeeded.length - 1)}`,
    retry_after_s: retryAfter.length ? { min: Math.min(...retryAfter), max: Math.max(...retryAfter) } : null,
  }
}

/** `adds` bundle adds to one cart at once, then `adds` core line adds to another. */
export const burst = async (context) => {
  const { catalog, options } = context
  const ours = await burstOnOneCart(context, {
    adds: options.adds,
    path: (id) => `/store/carts/${id}/routine-bundles?fields=id`,
    body: { routine_id: catalog.routine.id },
  })
  const core = await burstOnOneCart(context, {
    adds: options.adds,
    path: (id) => `/store/carts/${id}/line-items?fields=id`,
    body: { variant_id: catalog.line_item_variant_id, quantity: 1 },
  })
  return {
    ours: { route: "POST /store/carts/:id/routine-bundles", lines_per_add: 5, ...ours },
    core: { route: "POST /store/carts/:id/line-items", lines_per_add: 1, ...core },
    lock_wait_s: Number(context.env.ROUTINE_CART_LOCK_TIMEOUT_SECONDS || 60),
  }
}
