import { spawn, type ChildProcess } from "child_process"
import { createServer } from "net"
import path from "path"
import { createDatabase, dropDatabase } from "@medusajs/test-utils"

export const ROOT = path.resolve(__dirname, "../..")
export const BUILD_DIR = path.join(ROOT, ".medusa/server")
const MEDUSA_BIN = path.join(ROOT, "node_modules/.bin/medusa")

/** The database server the test runner uses (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD). */
export const dbCredentials = () => ({
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || undefined,
})

export const databaseUrl = (name: string) => {
  const { host, port, user, password } = dbCredentials()
  const auth = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${name}`
}

/** `<prefix>_<pid>_<time>`: a database name no other test file or run uses. */
export const uniqueDatabaseName = (prefix: string) => `${prefix}_${process.pid}_${Date.now()}`

/** A database on the test server by name: its URL, and `drop` to remove it (ending its connections). */
export const testDatabase = (name: string) => ({
  name,
  url: databaseUrl(name),
  drop: () => dropDatabase({ databaseName: name }, dbCredentials()),
})

/** A fresh database on the test server; `drop` removes it. */
export const createFreshDatabase = async (prefix: string) => {
  const name = uniqueDatabaseName(prefix)
  await createDatabase({ databaseName: name, errorIfExist: true }, dbCredentials())
  return testDatabase(name)
}

/**
 * The environment of a Medusa child process: the parent's, minus what belongs
 * to the test runner (jest's NODE_ENV and NODE_OPTIONS) or to another setup
 * (REDIS_URL is given explicitly or not at all).
 */
export const medusaEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ...extra }
  delete env.NODE_OPTIONS
  if (!extra.REDIS_URL) delete env.REDIS_URL
  if (!extra.NODE_ENV) delete env.NODE_ENV
  return env
}

/** The last 8000 characters of a child's output, for error messages. */
export const tail = (output: string, chunk: Buffer) => (output + chunk.toString()).slice(-8000)

/** Runs a medusa CLI command to completion in the project root. */
export const runMedusa = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, args, { cwd: ROOT, env })
    let output = ""
    child.stdout.on("data", (c: Buffer) => (output = tail(output, c)))
    child.stderr.on("data", (c: Buffer) => (output = tail(output, c)))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`medusa ${args.join(" ")} exited ${code}:\n${output}`))
    )
  })

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/** SIGTERM, then SIGKILL after 10 s: resolves once this very process has exited. */
export const stopProcess = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return resolve()
    }
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000)
    child.once("exit", () => {
      clearTimeout(force)
      resolve()
    })
    child.kill("SIGTERM")
  })

export type MedusaProcess = {
  url: string
  pid: number
  /** What the server printed until it answered /health. */
  startupLog: string
  /** The last 8 KB it printed. */
  log: () => string
  stop: () => Promise<void>
}

/**
 * `medusa start`, resolved when /health answers. From the project root
 * (the default) the admin is disabled and the source is compiled on load, with
 * no build step; with `cwd: BUILD_DIR` it serves the production build made by
 * `medusa build`, admin included.
 */
export const startMedusa = async (
  env: NodeJS.ProcessEnv,
  { cwd = ROOT }: { cwd?: string } = {}
): Promise<MedusaProcess> => onFreePort((port) => startMedusaOnce(env, cwd, port))

/** A start attempt whose chosen port another process took before the server listened. */
export class PortTakenError extends Error {}

/**
 * Runs `start` on a free port. The port is free when chosen but is taken by
 * the server only later: another process on a shared machine can take it in
 * between (`medusa start` then logs EADDRINUSE and keeps running without
 * listening, so the other process would answer in its place). That is a race,
 * not a fault of the server: `start` throws PortTakenError and another port is
 * tried, three at most.
 */
export const onFreePort = async <T>(start: (port: number) => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort())
    } catch (error) {
      if (attempt >= 3 || !(error instanceof PortTakenError)) throw error
    }
  }
}

const startMedusaOnce = async (env: NodeJS.ProcessEnv, cwd: string, port: number): Promise<MedusaProcess> => {
  const child = spawn(MEDUSA_BIN, ["start"], {
    cwd,
    env: {
      ...env,
      PORT: String(port),
      ...(cwd === ROOT ? { MEDUSA_ADMIN_DISABLED: "true" } : {}),
    },
  })
  let output = ""
  child.stdout!.on("data", (c: Buffer) => (output = tail(output, c)))
  child.stderr!.on("data", (c: Buffer) => (output = tail(output, c)))
  const url = `http://127.0.0.1:${port}`
  // Only bounds a hang: two servers starting at once on a loaded two-core
  // machine take far longer than the ~5 s one takes alone.
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline) {
    if (output.includes("EADDRINUSE")) {
      await stopProcess(child)
      throw new PortTakenError(`medusa start could not listen on ${port}:\n${output}`)
    }
    if (child.exitCode !== null) {
      throw new Error(`medusa start exited ${child.exitCode}:\n${output}`)
    }
    // Each probe is bounded: a process that took the port may accept and never answer.
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) })
      .then((r) => r.ok)
      .catch(() => false)
    if (ok && !output.includes("EADDRINUSE")) {
      return {
        url,
        pid: child.pid!,
        startupLog: output,
        log: () => output,
        stop: () => stopProcess(child),
      }
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  await stopProcess(child)
  throw new Error(`medusa start did not answer /health within 300 s:\n${output}`)
}
