import { Client } from "@medusajs/framework/pg"
import { medusaEnv, runMedusa } from "../helpers/medusa-process"
import { claimRedisDatabase, redisProblem } from "../helpers/redis"
import { databaseFromTemplate, DEMO_STORE } from "../helpers/template-database"

jest.setTimeout(10 * 60 * 1000)

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
/** The demo subscriber's subscription and this many copies of it, all due. */
const COPIES = 5

const unreachable = redisProblem(REDIS_URL)

if (unreachable) {
  describe("the renewal job on two servers", () => {
    it("needs a reachable Redis", () => {
      throw new Error(`${unreachable}. Start Redis or point REDIS_URL at one; without Redis, run the other suites by name.`)
    })
  })
} else {
  describe("the renewal job on two servers sharing one database and one Redis", () => {
    let dropDatabase: (() => Promise<void>) | undefined
    let releaseRedis: (() => Promise<void>) | undefined
    let database: Client
    let env: NodeJS.ProcessEnv

    beforeAll(async () => {
      // The demo seed makes the subscriber and their subscription through the real workflows.
      const db = await databaseFromTemplate(DEMO_STORE, "routine_renewals")
      dropDatabase = db.drop
      const redis = await claimRedisDatabase(REDIS_URL)
      releaseRedis = redis.release
      env = medusaEnv({ DATABASE_URL: db.url, REDIS_URL: redis.url, LOG_LEVEL: "info" })

      database = new Client({ connectionString: db.url })
      await database.connect()
      // More subscriptions like the subscriber's (another order each), all due an hour ago.
      await database.query(`CREATE TEMP TABLE copies AS SELECT s.* FROM routine_subscription s, generate_series(1, ${COPIES})`)
      await database.query(
        `UPDATE copies SET id = 'rsub_copy_' || md5(random()::text), order_id = order_id || '_copy_' || md5(random()::text)`
      )
      await database.query("INSERT INTO routine_subscription SELECT * FROM copies")
      await database.query("UPDATE routine_subscription SET next_renewal_at = now() - interval '1 hour'")
    })

    afterAll(async () => {
      await database?.end()
      await dropDatabase?.()
      await releaseRedis?.()
    })

    it("both run the job for the same due subscriptions: exactly one order per due renewal", async () => {
      const { rows: due } = await database.query("SELECT id, next_renewal_at FROM routine_subscription")
      expect(due).toHaveLength(COPIES + 1)
      const now = new Date().toISOString()
      const outputs = await Promise.all([1, 2].map(() => runMedusa(["exec", "./integration-tests/multi-instance/scripts/renew-due-subscriptions.ts"], { ...env, RENEWAL_NOW: now })))

      for (const output of outputs) {
        expect(output).toMatch(/Connection to Redis in .*locking-redis.* established/)
      }
      const { rows: renewals } = await database.query(
        `SELECT subscription_id, status, order_id FROM routine_subscription_renewal
          WHERE deleted_at IS NULL AND subscription_id = ANY($1) AND due_at > now() - interval '2 hours'`,
        [due.map((d) => d.id)]
      )
      expect(renewals).toHaveLength(due.length)
      expect(renewals.every((r) => r.status === "succeeded" && r.order_id)).toBe(true)
      const { rows: orders } = await database.query(
        `SELECT metadata->>'routine_subscription_id' AS subscription_id, count(*)::int AS n FROM "order"
          WHERE metadata->>'routine_subscription_id' = ANY($1) AND created_at > now() - interval '1 hour'
          GROUP BY 1`,
        [due.map((d) => d.id)]
      )
      expect(orders.map((o) => o.n)).toEqual(due.map(() => 1))
      // Each process saw only placed renewals, and between them one order per subscription:
      // one that waited for the other's lock found its renewal placed and returned it.
      const seen = outputs.flatMap((o) => JSON.parse(o.match(/RENEWALS (.*)/)![1]) as { status: string; order_id: string | null }[])
      expect(seen.every((r) => r.status === "succeeded")).toBe(true)
      expect(new Set(seen.map((r) => r.order_id)).size).toEqual(due.length)
    })
  })
}
