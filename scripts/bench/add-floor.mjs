// (2b) The bundle add's floor: the workflows alone, without HTTP, in one
// `medusa exec` process (scripts/bench/workflow-floor.ts), so the add can be
// set against core's add of the very same custom-priced lines.
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ratio, round, summarize } from "./load.mjs"
import { medusa } from "./server.mjs"
import { createCarts } from "./store-api.mjs"

const WARMUP = 3

export const addFloor = async ({ api, catalog, regionId, env, options }) => {
  const samples = options.floorSamples + WARMUP
  const ids = await createCarts(api, regionId, 4 * samples)
  const file = (name) => path.join(os.tmpdir(), `routine-bench-floor-${process.pid}-${name}.json`)
  const [input, output] = [file("in"), file("out")]
  writeFileSync(
    input,
    JSON.stringify({
      routine_id: catalog.routine.id,
      line_variant_id: catalog.line_item_variant_id,
      carts: Array.from({ length: samples }, (_, i) => ids.slice(4 * i, 4 * i + 4)),
    })
  )
  try {
    await medusa(["exec", "./scripts/bench/workflow-floor.ts"], {
      env: { ...env, BENCH_IN: input, BENCH_OUT: output },
    })
    const latencies = JSON.parse(readFileSync(output, "utf8"))
    const [bundle, quote, fiveLines, oneLine] = ["bundle", "quote", "five_lines", "one_line"].map((key) =>
      summarize(latencies[key].slice(WARMUP))
    )
    return {
      bundle,
      quote,
      five_lines: fiveLines,
      one_line: oneLine,
      five_lines_to_one_line: ratio(fiveLines.p50_ms, oneLine.p50_ms),
      floor_ratio: ratio(fiveLines.p50_ms + quote.p50_ms, oneLine.p50_ms),
      bundle_to_one_line: ratio(bundle.p50_ms, oneLine.p50_ms),
      own_work_ms: round(bundle.p50_ms - fiveLines.p50_ms - quote.p50_ms),
    }
  } finally {
    rmSync(input, { force: true })
    rmSync(output, { force: true })
  }
}
