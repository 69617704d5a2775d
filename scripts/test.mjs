// `npm test`: every suite against a real PostgreSQL. Uses the server named by
// DATABASE_URL / DB_HOST when given, else starts an embedded one for the run.
import { chmodSync, mkdtempSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import process from "node:process"
import { run, startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"

const SUITES = [
  "unit",
  "integration:modules",
  "integration:http",
  "multi-instance",
  "browser",
]

const databaseEnvFromUrl = (url) => {
  const u = new URL(url)
  return {
    DB_HOST: u.hostname === "127.0.0.1" ? "localhost" : u.hostname,
    DB_PORT: u.port || "5432",
    DB_USERNAME: decodeURIComponent(u.username || "postgres"),
    DB_PASSWORD: decodeURIComponent(u.password || ""),
  }
}

let embedded
let dbEnv
if (process.env.DATABASE_URL) {
  dbEnv = databaseEnvFromUrl(process.env.DATABASE_URL)
} else if (process.env.DB_HOST) {
  dbEnv = {
    DB_HOST: process.env.DB_HOST,
    DB_PORT: process.env.DB_PORT || "5432",
    DB_USERNAME: process.env.DB_USERNAME || "postgres",
    DB_PASSWORD: process.env.DB_PASSWORD || "",
  }
} else {
  // mkdtemp makes a private folder; the unprivileged postgres user must enter it.
  const tmp = mkdtempSync(path.join(os.tmpdir(), "routine-test-pg-"))
  chmodSync(tmp, 0o755)
  const dataDir = path.join(tmp, "data")
  embedded = await startEmbeddedPostgres({ dataDir, persistent: false })
  console.log(`Embedded PostgreSQL for the tests on port ${embedded.port}`)
  dbEnv = {
    DB_HOST: embedded.host,
    DB_PORT: String(embedded.port),
    DB_USERNAME: embedded.user,
    DB_PASSWORD: embedded.password,
  }
}

const only = process.argv.slice(2)
const suites = only.length ? SUITES.filter((s) => only.includes(s)) : SUITES
const jest = path.resolve("node_modules/.bin/jest")
let failed = []
for (const suite of suites) {
  console.log(`\n=== ${suite} ===`)
  const status = await run(jest, ["--runInBand", "--forceExit"], {
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
  if (status !== 0) {
    failed.push(suite)
  }
}

await embedded?.stop()
if (failed.length) {
  console.error(`\nFailed: ${failed.join(", ")}`)
  process.exit(1)
}
console.log(`\nAll suites passed: ${suites.join(", ")}`)
