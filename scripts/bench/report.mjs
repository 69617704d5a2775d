// bench/results.json (everything measured) and bench/RESULTS.md (the tables).
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"

const yes = (met) => (met ? "met" : "**missed**")
const ms = (n) => (n == null ? "n/a" : `${n} ms`)
const count = (n) => (n == null ? "n/a" : String(n))

const figureRetrieve = ({ ours, core, ratio_p50, ratio_p99, ratio_requests_per_sec, met, target }) => `
## 1. Routine page against a product list (${ours.connections} connections, ${ours.seconds} s each)

| route | req/s | p50 | p99 | SQL statements | errors |
|---|---:|---:|---:|---:|---|
| ours: \`${ours.route}\` (${ours.steps} steps, ${ours.products} products) | ${ours.requests_per_sec} | ${ms(ours.p50_ms)} | ${ms(ours.p99_ms)} | ${count(ours.statements)} | ${ours.failures ?? "none"} |
| core: \`${core.route}\` | ${core.requests_per_sec} | ${ms(core.p50_ms)} | ${ms(core.p99_ms)} | ${count(core.statements)} | ${core.failures ?? "none"} |
| **ratio ours / core** | ${ratio_requests_per_sec} | **${ratio_p50}** | ${ratio_p99} | | |

Target ${target}: ${yes(met)}.
`

const figureAdd = ({ ours, core, ratio_p50, ratio_p99, met, target }) => `
## 2. Adding to a fresh cart (${ours.samples} adds each, one at a time)

| route | items per add | p50 | p90 | p99 | SQL statements per add | errors |
|---|---:|---:|---:|---:|---:|---|
| ours: \`${ours.route}\` | ${ours.items_per_add} | ${ms(ours.p50_ms)} | ${ms(ours.p90_ms)} | ${ms(ours.p99_ms)} | ${count(ours.statements)} | ${ours.failures ?? "none"} |
| core: \`${core.route}\` | 1 | ${ms(core.p50_ms)} | ${ms(core.p90_ms)} | ${ms(core.p99_ms)} | ${count(core.statements)} | ${core.failures ?? "none"} |
| **ratio ours / core** | | **${ratio_p50}** | | ${ratio_p99} | | |

Target ${target}: ${yes(met)}.
`

const figureScale = ({ rows, statements_constant, ms_per_extra_product_at_fixed_steps, p50_ratio_more_steps_same_products, met, target }, requests) => `
## 3. Scale: one routine retrieve as the routine grows (${requests} sequential requests per size)

| steps | products | SQL statements | of which queries | p50 | p99 |
|---:|---:|---:|---:|---:|---:|
${rows.map((r) => `| ${r.steps} | ${r.products} | ${count(r.statements)} | ${count(r.queries)} | ${ms(r.p50_ms)} | ${ms(r.p99_ms)} |`).join("\n")}

Statements constant: ${statements_constant ? "yes" : "**no**"}. Extra time per product at a fixed step count: ${ms_per_extra_product_at_fixed_steps}.
p50 with the most steps against the fewest steps, same product count: ${p50_ratio_more_steps_same_products}×.
Target (${target}): ${yes(met)}.
`

const figureMemory = ({ before, after_retrieve, after }) => `
## 4. Server memory (VmRSS of the server's node process)

| when | RSS | peak RSS so far |
|---|---:|---:|
| ready, before any load | ${before.rss_mb.toFixed(0)} MB | ${before.peak_rss_mb.toFixed(0)} MB |
| after figure 1 | ${after_retrieve.rss_mb.toFixed(0)} MB | ${after_retrieve.peak_rss_mb.toFixed(0)} MB |
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
${results.figures.retrieve ? figureRetrieve(results.figures.retrieve) : ""}${results.figures.add ? figureAdd(results.figures.add) : ""}${results.figures.scale ? figureScale(results.figures.scale, setup.scale_requests) : ""}${results.figures.memory ? figureMemory(results.figures.memory) : ""}
${results.notes.length ? `## Notes\n\n${results.notes.map((n) => `- ${n}`).join("\n")}\n` : ""}`
  writeFileSync(path.join(dir, "RESULTS.md"), md)
}
