// (8) The renewal of many due subscriptions by the hourly job, against one
// core checkout of the same products, in one `medusa exec` process
// (scripts/bench/renewals.ts): no HTTP on either side.
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ratio, round, summarize } from "./load.mjs"
import { medusa } from "./server.mjs"

const WARMUP = 2

export const renewals = async ({ env, options }) => {
  const file = (name) => path.join(os.tmpdir(), `routine-bench-renewals-${process.pid}-${name}.json`)
  const [input, output] = [file("in"), file("out")]
  writeFileSync(input, JSON.stringify({ renewals: options.renewals, checkouts: options.checkouts + WARMUP }))
  try {
    await medusa(["exec", "./scripts/bench/renewals.ts"], { env: { ...env, BENCH_IN: input, BENCH_OUT: output } })
    const measured = JSON.parse(readFileSync(output, "utf8"))
    const checkout = summarize(measured.checkout.slice(WARMUP))
    const perRenewal = round(measured.job_ms / measured.renewals)
    return {
      renewals: measured.renewals,
      job_s: round(measured.job_ms / 1000),
      per_renewal_ms: perRenewal,
      checkout,
      renewal_to_checkout: ratio(perRenewal, checkout.p50_ms),
    }
  } finally {
    rmSync(input, { force: true })
    rmSync(output, { force: true })
  }
}
