// The storefront's routine page next to its own product page, both rendered
// on the server by `next start` against the bench's backend, in the same run.
import { spawn } from "node:child_process"
import path from "node:path"
import { buildIfChangedNamed } from "../lib/build-cache.mjs"
import { freePort } from "../lib/embedded-postgres.mjs"
import { measureThroughput, ratio } from "./load.mjs"
import { ROOT } from "./server.mjs"

const startStorefront = async ({ backendUrl, publishableKey }) => {
  const port = await freePort()
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey }
  delete env.NODE_OPTIONS
  const child = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: path.join(ROOT, "storefront"),
    env,
  })
  let output = ""
  child.stdout.on("data", (c) => (output = (output + c).slice(-8000)))
  child.stderr.on("data", (c) => (output = (output + c).slice(-8000)))
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once("exit", () => resolve())
      child.kill("SIGTERM")
    })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}:\n${output}`)
    const status = await fetch(url).then((r) => r.status, () => 0)
    if (status === 200) return { url, stop }
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop()
  throw new Error(`next start did not answer within 60 s:\n${output}`)
}

/** Builds the storefront (skipped when up to date), starts it and loads both pages. */
export const storefrontPages = async ({ server, catalog, options, cleanups }) => {
  await buildIfChangedNamed(ROOT, "storefront", { ...process.env, NEXT_TELEMETRY_DISABLED: "1" })
  const storefront = await startStorefront({ backendUrl: server.url, publishableKey: catalog.publishable_key })
  cleanups.push(storefront.stop)
  // Pages live under a country code: the middleware sends a path without one
  // there (307). The load goes to where that redirect lands, so it measures
  // the page and not the redirect.
  const load = async (pagePath) => {
    const response = await fetch(`${storefront.url}${pagePath}`)
    if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`)
    const landed = new URL(response.url).pathname
    return {
      route: `GET ${landed}`,
      ...(await measureThroughput({ url: `${storefront.url}${landed}`, headers: {}, ...options })),
    }
  }
  const ours = await load(`/routines/${catalog.routine.handle}`)
  const core = await load(`/products/${catalog.line_item_product_handle}`)
  await storefront.stop()
  return { ours, core, ratio_p50: ratio(ours.p50_ms, core.p50_ms) }
}
