import { spawn } from "child_process"
import path from "path"
import type { Api } from "./api"
import { buildIfChanged } from "../../helpers/build"
import { onFreePort, PortTakenError, ROOT, stopProcess, tail } from "../../helpers/medusa-process"

const STOREFRONT_DIR = path.join(ROOT, "storefront")
const NEXT_BIN = path.join(ROOT, "node_modules/.bin/next")

/** The environment of the storefront's processes: the parent's, minus jest's. */
const nextEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra }
  delete env.NODE_OPTIONS
  delete env.NODE_ENV
  return env
}

/** Builds the storefront with `next build` unless its build is up to date; no backend needed. */
export const buildStorefront = () => buildIfChanged("storefront")

export type Storefront = { url: string; stop: () => Promise<void> }

/** One `next start` on `port`, until the home page answers. */
const startOn = async (port: number, backendUrl: string, publishableKey: string): Promise<Storefront> => {
  const child = spawn(NEXT_BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: STOREFRONT_DIR,
    env: nextEnv({ NODE_ENV: "production", MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey }),
  })
  let output = ""
  child.stdout!.on("data", (c: Buffer) => (output = tail(output, c)))
  child.stderr!.on("data", (c: Buffer) => (output = tail(output, c)))
  // By the name Next.js gives itself: its middleware sees requests as made to
  // localhost whatever name the browser used, so the redirect to a country
  // code (and the cookies after it) would otherwise change host.
  const url = `http://localhost:${port}`
  // Only bounds a hang: the first page renders on demand and asks the backend.
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (output.includes("EADDRINUSE")) {
      await stopProcess(child)
      throw new PortTakenError(`port ${port} was taken before next start could listen`)
    }
    if (child.exitCode !== null) {
      throw new Error(`next start exited ${child.exitCode}:\n${output}`)
    }
    // The home page reads the routine from the backend: 200 means both ends are wired.
    const status = await fetch(url, { signal: AbortSignal.timeout(30_000) }).then((r) => r.status, () => 0)
    if (status === 200 && !output.includes("EADDRINUSE")) {
      return { url, stop: () => stopProcess(child) }
    }
    if (status >= 500) {
      await stopProcess(child)
      throw new Error(`the storefront answered ${status}:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  await stopProcess(child)
  throw new Error(`next start did not answer within 180 s:\n${output}`)
}

/** `next start` on a free port (see onFreePort), configured at run time with the backend's URL and publishable key. */
export const startStorefront = (backendUrl: string, publishableKey: string): Promise<Storefront> =>
  onFreePort((port) => startOn(port, backendUrl, publishableKey))

/** The token of the seeded publishable key, as a merchant would configure the storefront with it. */
export const publishableKey = async (admin: Api) => {
  const { api_keys } = await admin.get("/admin/api-keys?type=publishable&fields=id,token,revoked_at")
  const key = api_keys.find((k: { revoked_at: string | null }) => !k.revoked_at)
  if (!key) {
    throw new Error("The seed created no publishable API key")
  }
  return key.token as string
}
