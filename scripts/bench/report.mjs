// bench/results.json (everything measured) and bench/RESULTS.md (the tables).
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"

const yes = (met) => (met ? "met" : "**missed**")
const ms = (n) => (n == null ? "n/a" : `${n} ms`)
const count = (n) => (n == null ? "n/a" : String(n))

const figureRetrieve = ({ cache, ours, core, ratio_p50, ratio_p99, ratio_requests_per_sec, met, target }, title) => `
## ${title}: routine page against a product list, page cache ${cache} (${ours.connections} connections, ${ours.seconds} s each)

| route | req/s | p50 | p99 | SQL statements | errors |
|---|---:|---:|---:|---:|---|
| ours: \`${ours.route}\` (${ours.steps} steps, ${ours.products} products) | ${ours.requests_per_sec} | ${ms(ours.p50_ms)} | ${ms(ours.p99_ms)} | ${count(ours.statements)}${ours.statements_hit == null ? "" : ` (a miss), ${ours.statements_hit} (a hit)`} | ${ours.failures ?? "none"} |
| core: \`${core.route}\` | ${core.requests_per_sec} | ${ms(core.p50_ms)} | ${ms(core.p99_ms)} | ${count(core.statements)} | ${core.failures ?? "none"} |
| **ratio ours / core** | ${ratio_requests_per_sec} | **${ratio_p50}** | ${ratio_p99} | | |

Target ${target}: ${yes(met)}.
`

const figureAdd = ({ ours, core, context, ratio_p50, ratio_p99, ratio_p50_vs_core_five_lines, met, target }) => `
## 2. Adding to a fresh cart (${ours.samples} adds each, one at a time)

| route | items per add | p50 | p90 | p99 | SQL statements per add | errors |
|---|---:|---:|---:|---:|---:|---|
| ours: \`${ours.route}\` | ${ours.items_per_add} | ${ms(ours.p50_ms)} | ${ms(ours.p90_ms)} | ${ms(ours.p99_ms)} | ${count(ours.statements)} | ${ours.failures ?? "none"} |
| core: \`${core.route}\` | 1 | ${ms(core.p50_ms)} | ${ms(core.p90_ms)} | ${ms(core.p99_ms)} | ${count(core.statements)} | ${core.failures ?? "none"} |
| **ratio ours / core** | | **${ratio_p50}** | | ${ratio_p99} | | |

Target ${target}: ${yes(met)}.

Context (${context.quote.samples} samples each): the quote alone, which every add computes first, and core adding the same
${ours.items_per_add} products as ${ours.items_per_add} line items to a fresh cart, one request after another.

| | p50 | p90 | p99 | errors |
|---|---:|---:|---:|---|
| \`${context.quote.route}\` | ${ms(context.quote.p50_ms)} | ${ms(context.quote.p90_ms)} | ${ms(context.quote.p99_ms)} | ${context.quote.failures ?? "none"} |
| ${context.core_five_lines.route} (per cart) | ${ms(context.core_five_lines.p50_ms)} | ${ms(context.core_five_lines.p90_ms)} | ${ms(context.core_five_lines.p99_ms)} | ${context.core_five_lines.failures ?? "none"} |

One bundle add against ${ours.items_per_add} core adds: **${ratio_p50_vs_core_five_lines}×** at p50.
${ours.statement_profile ? addProfile(ours, core, context) : ""}`

const profileRows = (profile) =>
  profile.map((p) => `| ${p.segment} | ${p.statements} | ${p.plugin_tables} |`).join("\n")

// Where the statements of one add go, and what of it the plugin could drop.
const addProfile = (ours, core, context) => `
Where the statements of one add go, in the order they ran (cut where each workflow starts):

| ours: segment | statements | on the plugin's tables |
|---|---:|---:|
${profileRows(ours.statement_profile)}

| core: segment | statements | on the plugin's tables |
|---|---:|---:|
${profileRows(core.statement_profile)}

What remains above core: the quote (${ms(context.quote.p50_ms)} at p50 alone: the routine, its products, this
shopper's prices and stock), then core's \`addToCartWorkflow\` with ${ours.items_per_add} custom-priced lines, which reads
the same variants, prices and stock again (\`get-variant-items-with-prices-workflow\`, \`confirm-item-inventory\`)
before the refresh every line add pays (items, shipping, taxes, promotions, payment collection). The plugin keeps
core's add: creating the lines itself would skip core's add-to-cart hooks and its stock check, which a store's
other plugins and Medusa's own rules rely on. The analytics subscriber runs after the response.
`

const floorRow = (label, r) => `| ${label} | ${ms(r.p50_ms)} | ${ms(r.p90_ms)} | ${ms(r.p99_ms)} |`

const figureAddFloor = (f) => `
## 2b. The add's floor: the workflows alone, without HTTP (${f.bundle.samples} samples each, one \`medusa exec\` process)

| workflow | p50 | p90 | p99 |
|---|---:|---:|---:|
${floorRow("ours: `addRoutineBundleToCartWorkflow` (5 lines)", f.bundle)}
${floorRow("ours: `buildRoutineBundleWorkflow` (the quote alone, same cart)", f.quote)}
${floorRow("core: `addToCartWorkflow`, the lines a bundle add wrote (same variants, quantities, custom prices)", f.five_lines)}
${floorRow("core: `addToCartWorkflow`, one line", f.one_line)}

Core's add of the bundle's lines costs **${f.five_lines_to_one_line}×** its add of one line; with the quote in front of it,
**${f.floor_ratio}×**: the lowest ratio an add that prices on the server and keeps core's add can reach. The plugin's add
runs at ${f.bundle_to_one_line}× here; its own work beyond those two (the lock, the cart's state, the plan, the
records, the events) is ${ms(f.own_work_ms)} at p50.
`

const figureRegionFloor = (f) => `
## 5b. The region change's floor: the workflows alone, without HTTP (${f.ours.samples} samples each, one \`medusa exec\` process)

| workflow, EUR to USD, ${f.bundles} bundles (${5 * f.bundles} lines) | p50 | p90 | p99 |
|---|---:|---:|---:|
${floorRow("ours: `updateCartWithRoutineBundlesWorkflow`", f.ours)}
${floorRow("core: `updateCartWorkflow` on a cart holding the same bundles (it deletes every custom-priced line), then `addToCartWorkflow` putting back the lines ours ended with", f.floor)}
${floorRow("core: `updateCartWorkflow`, the same variants as plain lines", f.plain)}

Core's region change deletes every custom-priced line, a bundle's included, and refreshes the cart; putting the
bundles' lines back through core's add refreshes it a second time. Those two alone cost **${f.floor_ratio}×** core's
region change of the same variants as plain lines: the lowest ratio a plugin that keeps core's update and core's add
can reach. The plugin's runs at ${f.ours_ratio}× here; its own work beyond them (the lock, settling the bundles before
the update, the cart's state and prices in the new currency, the plan, the records) is ${ms(f.own_work_ms)} at p50.
`

const figureRenewals = (f) => `
## 8. Subscriptions: the renewal job on ${f.renewals} due subscriptions vs one core checkout (one \`medusa exec\` process)

The hourly job renewed ${f.renewals} due subscriptions one after another in ${f.job_s} s: **${ms(f.per_renewal_ms)} per renewal**
(the refill priced that day, a cart, the plugin's bundle add, shipping, a payment session, core's completion, the records).
Core's checkout of the same products at regular prices (cart, \`addToCartWorkflow\`, shipping, payment session,
\`completeCartWorkflow\`): p50 ${ms(f.checkout.p50_ms)}, p90 ${ms(f.checkout.p90_ms)} (${f.checkout.samples} samples).
A renewal costs **${f.renewal_to_checkout}×** a core checkout.
`

const figureScale = ({ rows, statements_constant, ms_per_product, core_ms_per_product, p50_ratio_most_to_fewest_steps, met, target }, requests) => `
## 3. Scale: one routine retrieve as the routine grows (${requests} sequential requests per size)

Paired with core listing as many products: \`GET /store/products?limit=<products>&region_id=…&fields=*variants.calculated_price\`.

| steps | products | SQL statements (ours) | p50 ours | p99 ours | SQL statements (core) | p50 core | p99 core |
|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.map((r) => `| ${r.steps} | ${r.products} | ${count(r.statements)} | ${ms(r.p50_ms)} | ${ms(r.p99_ms)} | ${count(r.core.statements)} | ${ms(r.core.p50_ms)} | ${ms(r.core.p99_ms)} |`).join("\n")}

Statements constant: ${statements_constant === null ? "not counted" : statements_constant ? "yes" : "**no**"}. Time per extra product at the fewest steps: ours ${ms(ms_per_product)}, core ${ms(core_ms_per_product)}.
Most steps against fewest steps over the same products: ${p50_ratio_most_to_fewest_steps}× at p50.
Target (${target}): ${yes(met)}.
`

const routeRow = (label, r) =>
  `| ${label}: \`${r.route}\` | ${ms(r.p50_ms)} | ${ms(r.p90_ms)} | ${ms(r.p99_ms)} | ${count(r.statements)} | ${r.failures ?? "none"} |`

const figureEdit = ({ ours, core, ratio_p50 }) => `
## 4. Editing a bundle (${ours.samples} edits each, one at a time, each on its own cart)

| route | p50 | p90 | p99 | SQL statements | errors |
|---|---:|---:|---:|---:|---|
${routeRow(`ours (${ours.lines} lines)`, ours)}
${routeRow(`core (${core.lines} line)`, core)}
| **ratio ours / core** | **${ratio_p50}** | | | | |

No target: context for the add. The bundle edit re-quotes the bundle and updates its ${ours.lines} lines under the cart lock.
`

const figureRegion = ({ rows }) => `
## 5. A region change (EUR to USD) re-pricing bundles, against core's region change of as many plain lines

${rows.map((r) => `| ${r.bundles} bundle(s), ${r.lines} lines | p50 | p90 | p99 | SQL statements | errors |
|---|---:|---:|---:|---:|---|
${routeRow("ours", r.ours)}
${routeRow("core", r.core)}
| **ratio ours / core** | **${r.ratio_p50}** | | | | |`).join("\n\n")}

Every bundle of a cart is re-priced in one pass: one read of the routines and offers for all of them, one write.
`

const burstRow = (label, r) =>
  `| ${label}: \`${r.route}\` | ${r.adds} | ${r.succeeded} | ${r.busy_409} | ${r.other_errors} | ${r.adds_per_second} | ${ms(r.last_sent_ms)} | ${ms(r.slowest_success_ms)} | ${r.successes_answered_in_send_order} | ${r.retry_after_s ? `${r.retry_after_s.min}–${r.retry_after_s.max} s` : "n/a"} |`

const figureBurst = ({ ours, core, lock_wait_s }) => `
## 7. A burst on one cart: ${ours.adds} adds sent at once (cart lock wait ${lock_wait_s} s; core's own wait is 2 s)

| route | sent | added | busy 409 | other errors | adds/s | the last one sent waited | slowest success | successes answered in send order | Retry-After given |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${burstRow("ours", ours)}
${burstRow("core", core)}

No target: the tests assert only that every add is honest (added once, or refused as \`cart_busy\` with \`Retry-After\`
and nothing changed). Adds to one cart are served one at a time; how many fit in the lock wait is this machine's figure.
`

const figureStorefront = ({ ours, core, ratio_p50 }) => `
## 6. The storefront: routine page against its product page (\`next start\`, ${ours.connections} connections, ${ours.seconds} s each)

| page | req/s | p50 | p99 | errors |
|---|---:|---:|---:|---|
| ours: \`${ours.route}\` | ${ours.requests_per_sec} | ${ms(ours.p50_ms)} | ${ms(ours.p99_ms)} | ${ours.failures ?? "none"} |
| product page: \`${core.route}\` | ${core.requests_per_sec} | ${ms(core.p50_ms)} | ${ms(core.p99_ms)} | ${core.failures ?? "none"} |
| **ratio** | | **${ratio_p50}** | | |

Server-side rendering time of each page with its calls to the backend (routine cache on).
`

const figureMemory = ({ before, after_retrieve, after }) => `
## 9. Server memory (VmRSS of the as-shipped server's node process)

| when | RSS | peak RSS so far |
|---|---:|---:|
| ready, before any load | ${before.rss_mb.toFixed(0)} MB | ${before.peak_rss_mb.toFixed(0)} MB |
| after the cached routine page | ${after_retrieve.rss_mb.toFixed(0)} MB | ${after_retrieve.peak_rss_mb.toFixed(0)} MB |
| after all the load | ${after.rss_mb.toFixed(0)} MB | ${after.peak_rss_mb.toFixed(0)} MB |
`

export const writeResults = (dir, results) => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, "results.json"), `${JSON.stringify(results, null, 2)}\n`)
  const { machine, setup } = results
  const md = `# Benchmark results

Written by \`npm run bench\` (scripts/bench.mjs). Every figure of ours is paired with the Medusa core route
doing the comparable job, measured in the same run on the same server and database.

| machine | |
|---|---|
| date | ${machine.date} |
| CPU | ${machine.cpus} × ${machine.cpu_model} |
| memory | ${machine.memory_gb} GB |
| load average at start (1/5/15 min) | ${machine.loadavg.join(" / ")} |
| Node.js | ${machine.node} |
| Medusa | ${machine.medusa} |
| PostgreSQL | ${machine.postgres} (${setup.database}) |
| server | ${setup.server} |
| SQL statement count | ${setup.statement_counting} |
${results.figures.retrieve ? figureRetrieve(results.figures.retrieve, "1") : ""}${results.figures.retrieve_cached ? figureRetrieve(results.figures.retrieve_cached, "1b") : ""}${results.figures.add ? figureAdd(results.figures.add) : ""}${results.figures.add_floor ? figureAddFloor(results.figures.add_floor) : ""}${results.figures.scale ? figureScale(results.figures.scale, setup.scale_requests) : ""}${results.figures.edit ? figureEdit(results.figures.edit) : ""}${results.figures.region ? figureRegion(results.figures.region) : ""}${results.figures.region_floor ? figureRegionFloor(results.figures.region_floor) : ""}${results.figures.storefront ? figureStorefront(results.figures.storefront) : ""}${results.figures.burst ? figureBurst(results.figures.burst) : ""}${results.figures.renewals ? figureRenewals(results.figures.renewals) : ""}${results.figures.memory ? figureMemory(results.figures.memory) : ""}
${results.notes.length ? `## Notes\n\n${results.notes.map((n) => `- ${n}`).join("\n")}\n` : ""}`
  writeFileSync(path.join(dir, "RESULTS.md"), md)
}
