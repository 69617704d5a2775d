import { spawnSync } from "child_process"
import Redis from "ioredis"
import { ROOT } from "./medusa-process"

const CLAIM_KEY = "routine-bundles:multi-instance-test:claim"

const connectionOptions = {
  lazyConnect: true,
  connectTimeout: 2000,
  maxRetriesPerRequest: 0,
  retryStrategy: () => null,
}

/**
 * Whether Redis answers PING, decided synchronously (a child process) so a
 * test file can choose what to declare before Jest collects it. Returns the
 * reason it is unusable, or null.
 */
export const redisProblem = (url: string): string | null => {
  const probe = `
    const Redis = require("ioredis")
    const redis = new Redis(process.env.PROBE_URL, {
      lazyConnect: true, connectTimeout: 15000, maxRetriesPerRequest: 0, retryStrategy: () => null,
    })
    let cause = ""
    redis.on("error", (error) => { cause = error.message })
    redis.connect().then(() => redis.ping()).then(
      () => process.exit(0),
      (error) => { console.log(cause || error.message); process.exit(1) }
    )`
  const result = spawnSync(process.execPath, ["-e", probe], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "", PROBE_URL: url },
    // Node's start and ioredis's load take seconds on a loaded machine: the limits only bound a hang.
    timeout: 60_000,
    encoding: "utf8",
  })
  if (result.status === 0) {
    return null
  }
  const reason = (result.stdout || result.stderr || result.error?.message || "no answer").trim()
  return `Redis at ${url} is not reachable: ${reason}`
}

const withDatabase = (url: string, db: number) => {
  const parsed = new URL(url)
  parsed.pathname = `/${db}`
  return parsed.toString()
}

/**
 * Claims an empty numbered Redis database for this run (SET NX of a claim
 * key, then a check that the claim is the only key), so runs in parallel,
 * or a store using database 0, never share queues or locks with the test.
 * `release` empties it again.
 */
export const claimRedisDatabase = async (url: string) => {
  for (let db = 15; db >= 1; db--) {
    const candidate = withDatabase(url, db)
    const redis = new Redis(candidate, connectionOptions)
    try {
      await redis.connect()
      const claimed = await redis.set(CLAIM_KEY, String(process.pid), "EX", 1800, "NX")
      if (claimed && (await redis.dbsize()) === 1) {
        return {
          url: candidate,
          db,
          release: async () => {
            await redis.flushdb()
            redis.disconnect()
          },
        }
      }
      if (claimed) {
        await redis.del(CLAIM_KEY)
      }
      redis.disconnect()
    } catch (error) {
      redis.disconnect()
      throw new Error(`Could not claim Redis database ${db} at ${url}: ${(error as Error).message}`)
    }
  }
  throw new Error(`No empty Redis database among 1-15 at ${url}`)
}
