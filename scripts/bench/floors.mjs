// (2b, 5b) Floors: the workflows alone, without HTTP, in one `medusa exec`
// process each (scripts/bench/workflow-floor.ts, region-floor.ts), so the
// plugin's add and region change can be set against the least any plugin
// keeping core's workflows must pay for the same lines.
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ratio, round, summarize } from "./load.mjs"
import { medusa } from "./server.mjs"
import { createCarts } from "./store-api.mjs"

const WARMUP = 3

/** Runs a floor script on `input`; its latencies, warm-up samples dropped, summarized by key. */
const execFloor = async (script, input, env, keys) => {
  const file = (name) => path.join(os.tmpdir(), `routine-bench-floor-${process.pid}-${name}.json`)
  const [inFile, outFile] = [file("in"), file("out")]
  writeFileSync(inFile, JSON.stringify(input))
  try {
    await medusa(["exec", script], { env: { ...env, BENCH_IN: inFile, BENCH_OUT: outFile } })
    const latencies = JSON.parse(readFileSync(outFile, "utf8"))
    return Object.fromEntries(keys.map((key) => [key, summarize(latencies[key].slice(WARMUP))]))
  } finally {
    rmSync(inFile, { force: true })
    rmSync(outFile, { force: true })
  }
}

/** `samples` groups of `size` fresh EUR carts. */
const cartGroups = async (api, regionId, samples, size) => {
  const ids = await createCarts(api, regionId, size * samples)
  return Array.from({ length: samples }, (_, i) => ids.slice(size * i, size * i + size))
}

export const addFloor = async ({ api, catalog, regionId, env, options }) => {
  const samples = options.floorSamples + WARMUP
  const { bundle, quote, five_lines, one_line } = await execFloor(
    "./scripts/bench/workflow-floor.ts",
    {
      routine_id: catalog.routine.id,
      line_variant_id: catalog.line_item_variant_id,
      carts: await cartGroups(api, regionId, samples, 4),
    },
    env,
    ["bundle", "quote", "five_lines", "one_line"]
  )
  return {
    bundle,
    quote,
    five_lines,
    one_line,
    five_lines_to_one_line: ratio(five_lines.p50_ms, one_line.p50_ms),
    floor_ratio: ratio(five_lines.p50_ms + quote.p50_ms, one_line.p50_ms),
    bundle_to_one_line: ratio(bundle.p50_ms, one_line.p50_ms),
    own_work_ms: round(bundle.p50_ms - five_lines.p50_ms - quote.p50_ms),
  }
}

/** A region change of a cart holding 10 bundles: ours, its floor and core's with plain lines (region-floor.ts). */
export const regionFloor = async ({ api, catalog, regions, regionId, env, options }) => {
  const bundles = 10
  const { ours, floor, plain } = await execFloor(
    "./scripts/bench/region-floor.ts",
    {
      routine_id: catalog.routine.id,
      usd_region_id: regions.find((r) => r.currency_code === "usd").id,
      bundles,
      carts: await cartGroups(api, regionId, options.regionFloorSamples + WARMUP, 3),
    },
    env,
    ["ours", "floor", "plain"]
  )
  return {
    bundles,
    ours,
    floor,
    plain,
    floor_ratio: ratio(floor.p50_ms, plain.p50_ms),
    ours_ratio: ratio(ours.p50_ms, plain.p50_ms),
    own_work_ms: round(ours.p50_ms - floor.p50_ms),
  }
}
