// The bench's database: a fresh one on the server named by DATABASE_URL, else a
// throwaway embedded PostgreSQL. Either way it can count the SQL statements the
// Medusa server sends while a callback runs.
import pg from "@medusajs/framework/pg"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { startEmbeddedPostgres } from "../lib/embedded-postgres.mjs"

const DATABASE_NAME = `routine_bench_${process.pid}_${Date.now()}`

const withClient = async (url, fn) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const urlFor = (serverUrl, database) => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/**
 * With the embedded server the bench owns the whole cluster, so it switches on
 * `log_statement = all` and counts the `statement:` / `execute` lines that
 * other backends log between two marker queries of its own.
 */
const logCounter = () => {
  let pending = ""
  let lines = []
  let recording = false
  return {
    onLog: (chunk) => {
      if (!recording) return
      pending += chunk
      const complete = pending.split("\n")
      pending = complete.pop()
      lines.push(...complete)
    },
    start: () => {
      recording = true
      lines = []
      pending = ""
    },
    stop: () => {
      recording = false
    },
    lines: () => lines,
  }
}

const STATEMENT_LINE = /^\[(\d+)\] LOG:\s+(?:statement|execute [^:]*):\s*(.*)$/
const TRANSACTION_CONTROL = /^(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const countFromLog = async (url, counter, fn) => {
  return withClient(url, async (client) => {
    const { rows } = await client.query("SELECT pg_backend_pid() AS pid")
    const ownPid = String(rows[0].pid)
    const tag = `bench_marker_${Date.now()}_${Math.random().toString(36).slice(2)}`
    await client.query("ALTER SYSTEM SET log_statement = 'all'")
    await client.query("ALTER SYSTEM SET log_line_prefix = '[%p] '")
    await client.query("SELECT pg_reload_conf()")
    // The reload reaches the server's pooled backends asynchronously.
    await sleep(300)
    counter.start()
    try {
      await client.query(`SELECT '${tag}_begin'`)
      const result = await fn()
      await client.query(`SELECT '${tag}_end'`)
      const deadline = Date.now() + 5000
      while (!counter.lines().some((l) => l.includes(`${tag}_end`))) {
        if (Date.now() > deadline) {
          throw new Error("The end marker never reached the PostgreSQL log")
        }
        await sleep(20)
      }
      const lines = counter.lines()
      const begin = lines.findIndex((l) => l.includes(`${tag}_begin`))
      const end = lines.findIndex((l) => l.includes(`${tag}_end`))
      const statements = lines
        .slice(begin + 1, end)
        .map((l) => l.match(STATEMENT_LINE))
        .filter((m) => m && m[1] !== ownPid)
        .map((m) => m[2])
      return {
        result,
        statements: statements.length,
        queries: statements.filter((s) => !TRANSACTION_CONTROL.test(s)).length,
        sql: statements,
      }
    } finally {
      counter.stop()
      await client.query("ALTER SYSTEM RESET log_statement")
      await client.query("ALTER SYSTEM RESET log_line_prefix")
      await client.query("SELECT pg_reload_conf()")
    }
  })
}

/**
 * On a server the bench does not own, pg_stat_statements (when preloaded) is
 * the only honest counter; without it the count is reported as unavailable.
 */
const statStatementsCounter = async (url) => {
  try {
    await withClient(url, async (client) => {
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
      await client.query("SELECT calls FROM pg_stat_statements LIMIT 1")
    })
  } catch (error) {
    return { unavailable: `pg_stat_statements is not usable: ${error.message}` }
  }
  const total = (client) =>
    client
      .query(
        `SELECT coalesce(sum(calls), 0)::bigint AS calls FROM pg_stat_statements
         WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`
      )
      .then(({ rows }) => Number(rows[0].calls))
  return {
    count: (fn) =>
      withClient(url, async (client) => {
        const before = await total(client)
        const result = await fn()
        // The first sum is itself recorded once it has run.
        const statements = (await total(client)) - before - 1
        return { result, statements, queries: null, sql: [] }
      }),
  }
}

export const openBenchDatabase = async () => {
  if (process.env.DATABASE_URL) {
    const serverUrl = process.env.DATABASE_URL
    await withClient(serverUrl, (c) => c.query(`CREATE DATABASE "${DATABASE_NAME}"`))
    const url = urlFor(serverUrl, DATABASE_NAME)
    const counter = await statStatementsCounter(url)
    return {
      kind: "DATABASE_URL",
      url,
      statementCounting:
        counter.unavailable ??
        "pg_stat_statements (sum of calls in the bench database)",
      countStatements:
        counter.count ??
        (async (fn) => ({ result: await fn(), statements: null, queries: null, sql: [] })),
      close: () =>
        withClient(serverUrl, (c) =>
          c.query(`DROP DATABASE IF EXISTS "${DATABASE_NAME}" WITH (FORCE)`)
        ),
    }
  }

  // mkdtemp makes a private folder; the unprivileged postgres user must enter it.
  const tmp = mkdtempSync(path.join(os.tmpdir(), "routine-bench-pg-"))
  chmodSync(tmp, 0o755)
  const counter = logCounter()
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(tmp, "data"),
    persistent: false,
    log: counter.onLog,
  })
  await embedded.createDatabase(DATABASE_NAME)
  const url = embedded.url(DATABASE_NAME)
  return {
    kind: "embedded",
    url,
    statementCounting:
      "PostgreSQL log_statement=all: statement/execute lines of the server's backends between two marker queries",
    countStatements: (fn) => countFromLog(url, counter, fn),
    close: async () => {
      await embedded.stop()
      rmSync(tmp, { recursive: true, force: true })
    },
  }
}
