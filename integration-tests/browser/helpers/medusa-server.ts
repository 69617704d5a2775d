import { spawn, type ChildProcess } from "child_process"
import { createServer } from "net"
import path from "path"
import { createDatabase, dropDatabase } from "@medusajs/test-utils"

export const ROOT = path.resolve(__dirname, "../../..")
const MEDUSA_BIN = path.join(ROOT, "node_modules/.bin/medusa")
const BUILD_DIR = path.join(ROOT, ".medusa/server")

export const ADMIN_EMAIL = "merchandiser@routine.test"
export const ADMIN_PASSWORD = "browser-suite-secret"

const credentials = () => ({
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || undefined,
})

const databaseUrl = (name: string) => {
  const { host, port, user, password } = credentials()
  const auth = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${name}`
}

// Redis is left out on purpose: parallel suites must not share event buses or
// workflow state, so every server runs on the in-memory modules.
const serverEnv = (url: string, extra: Record<string, string> = {}) => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...extra,
  }
  delete env.REDIS_URL
  return env
}

const run = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, args, { cwd: ROOT, env })
    let output = ""
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(new MedusaCommandError(args, code, output))
    )
  })

class MedusaCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly output: string
  ) {
    super(`medusa ${args.join(" ")} exited ${code}:\n${output}`)
  }
}

/**
 * `medusa build` exits 1 when the backend has type errors, yet it emits the
 * JavaScript and the admin all the same. Type errors are `tsc`'s to report;
 * this suite tests the admin, so it goes on with a warning in that case only.
 */
const build = (env: NodeJS.ProcessEnv) =>
  run(["build"], env).catch((error) => {
    const onlyTypeErrors =
      error instanceof MedusaCommandError &&
      error.output.includes("Backend build completed with errors") &&
      error.output.includes("Frontend build completed successfully")
    if (!onlyTypeErrors) {
      throw error
    }
    console.warn(`medusa build reported type errors:\n${error.output}`)
    return error.output
  })

const freePort = () =>
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

const waitForHealth = async (url: string, child: ChildProcess, log: () => string) => {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`medusa start exited ${child.exitCode}:\n${log()}`)
    }
    const ok = await fetch(`${url}/health`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) {
      return
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`medusa start did not answer /health within 60 s:\n${log()}`)
}

export type MedusaServer = {
  url: string
  databaseName: string
  stop: () => Promise<void>
}

/**
 * A production server on its own fresh, seeded database: the admin is served
 * prebuilt, as a merchant would run it, so pages load in seconds.
 */
export const startMedusaServer = async (): Promise<MedusaServer> => {
  const databaseName = `routine_browser_${process.pid}_${Date.now()}`
  const url = databaseUrl(databaseName)
  const env = serverEnv(url)

  await createDatabase({ databaseName, errorIfExist: true }, credentials())
  const dropDb = () => dropDatabase({ databaseName }, credentials())

  let child: ChildProcess | undefined
  try {
    const prepareDatabase = async () => {
      await run(["db:migrate"], env)
      await run(["exec", "./src/scripts/seed.ts"], env)
      await run(["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD], env)
    }
    // The build needs no database, so it runs while the database is prepared.
    await Promise.all([build(env), prepareDatabase()])

    const port = await freePort()
    let output = ""
    child = spawn(MEDUSA_BIN, ["start"], {
      cwd: BUILD_DIR,
      env: serverEnv(url, { NODE_ENV: "production", PORT: String(port) }),
    })
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000)
    }
    child.stdout?.on("data", collect)
    child.stderr?.on("data", collect)

    const serverUrl = `http://127.0.0.1:${port}`
    await waitForHealth(serverUrl, child, () => output)

    const server = child
    return {
      url: serverUrl,
      databaseName,
      stop: async () => {
        await stopProcess(server)
        await dropDb()
      },
    }
  } catch (error) {
    if (child) {
      await stopProcess(child)
    }
    await dropDb()
    throw error
  }
}

const stopProcess = (child: ChildProcess) =>
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
