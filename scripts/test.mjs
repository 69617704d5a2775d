// `npm test`: every suite against a real PostgreSQL. Uses the server named by
// DATABASE_URL / DB_HOST when given, else starts an embedded one for the run.
import { chmodSync, mkdtempSync, rmSync, statfsSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import process from "node:process"
import { run, startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"

// In the order they run. `types` is the TypeScript compiler over the server,
// the tests, the admin and the storefront; every other suite is a jest
// project (jest.config.js).
const SUITES = [
  "types",
  "unit",
  "integration:modules",
  "integration:http",
  "multi-instance",
  "package",
  "browser",
  "demo",
]

const only = process.argv.slice(2)
const unknown = only.filter((name) => !SUITES.includes(name))
if (unknown.length) {
  console.error(`Unknown test suite: ${unknown.join(", ")}. Valid names: ${SUITES.join(", ")}`)
  process.exit(2)
}
const suites = only.length ? SUITES.filter((s) => only.includes(s)) : SUITES

const databaseEnvFromUrl = (url) => {
  const u = new URL(url)
  return {
    DB_HOST: u.hostname === "127.0.0.1" ? "localhost" : u.hostname,
    DB_PORT: u.port || "5432",
    DB_USERNAME: decodeURIComponent(u.username || "postgres"),
    DB_PASSWORD: decodeURIComponent(u.password || ""),
  }
}

const NO_DATABASE = ["types", "unit"]

// The embedded cluster's folder: in memory when the machine has room there.
// Every HTTP test restores its database from a template, which creates a
// thousand files; on ext4, finding free inodes among the ones just deleted
// made PostgreSQL spend 30 s of system time in one 32-test file (measured
// with perf), against 3 s on tmpfs. The cluster is thrown away after the run,
// so it loses nothing by living in memory.
const SHM = "/dev/shm"
const SHM_NEEDED_BYTES = 4 * 1024 ** 3
const clusterParent = () => {
  try {
    const { bavail, bsize } = statfsSync(SHM)
    if (bavail * bsize >= SHM_NEEDED_BYTES) return SHM
  } catch {
    // No /dev/shm (macOS): the disk it is.
  }
  return os.tmpdir()
}

let embedded
let embeddedDir
/** The database server the suites use, started on first need. */
const databaseEnv = async () => {
  if (process.env.DATABASE_URL) {
    return databaseEnvFromUrl(process.env.DATABASE_URL)
  }
  if (process.env.DB_HOST) {
    return {
      DB_HOST: process.env.DB_HOST,
      DB_PORT: process.env.DB_PORT || "5432",
      DB_USERNAME: process.env.DB_USERNAME || "postgres",
      DB_PASSWORD: process.env.DB_PASSWORD || "",
    }
  }
  if (!embedded) {
    // mkdtemp makes a private folder; the unprivileged postgres user must enter it.
    embeddedDir = mkdtempSync(path.join(clusterParent(), "routine-test-pg-"))
    chmodSync(embeddedDir, 0o755)
    embedded = await startEmbeddedPostgres({ dataDir: path.join(embeddedDir, "data"), persistent: false })
    console.log(`Embedded PostgreSQL for the tests on port ${embedded.port}, in ${embeddedDir}`)
  }
  return {
    DB_HOST: embedded.host,
    DB_PORT: String(embedded.port),
    DB_USERNAME: embedded.user,
    DB_PASSWORD: embedded.password,
  }
}

const jest = path.resolve("node_modules/.bin/jest")
const tsc = path.resolve("node_modules/.bin/tsc")
const typeCheck = async () => {
  // The client package, compiled on its own (its build is its type-check);
  // the storefront then type-checks against its declarations, as a merchant's does.
  console.log("tsc -p packages/client/tsconfig.build.json")
  const client = await run(tsc, ["-p", "packages/client/tsconfig.build.json"])
  if (client !== 0) return client
  for (const project of ["tsconfig.check.json", "src/admin/tsconfig.json", "storefront/tsconfig.json"]) {
    console.log(`tsc --noEmit -p ${project}`)
    const status = await run(tsc, ["--noEmit", "-p", project])
    if (status !== 0) return status
  }
  return 0
}

// The HTTP suite's files each boot their own app on their own database
// (named by the jest worker), so two run side by side: boots, migrations and
// requests overlap on a 2-core machine. The other suites share one build
// folder, one Redis or one demo, and run a file at a time.
const WORKERS = { "integration:http": 2 }

const failed = []
const timings = []
for (const suite of suites) {
  console.log(`\n=== ${suite} ===`)
  const started = Date.now()
  const dbEnv = NO_DATABASE.includes(suite) ? {} : await databaseEnv()
  const status = suite === "types" ? await typeCheck() : await run(jest, [`--maxWorkers=${WORKERS[suite] ?? 1}`, "--forceExit"], {
    env: {
      ...process.env,
      ...dbEnv,
      DATABASE_URL: "",
      TEST_TYPE: suite,
      MEDUSA_DISABLE_TELEMETRY: "true",
      LOG_LEVEL: process.env.LOG_LEVEL || "error",
      NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"]
        .filter(Boolean)
        .join(" "),
    },
  })
  timings.push(`${suite} ${Math.round((Date.now() - started) / 1000)} s`)
  if (status !== 0) {
    failed.push(suite)
  }
}
console.log(`\nTimes: ${timings.join(", ")}`)

await embedded?.stop()
if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true })
if (failed.length) {
  console.error(`\nFailed: ${failed.join(", ")}`)
  process.exit(1)
}
console.log(`\nAll suites passed: ${suites.join(", ")}`)
