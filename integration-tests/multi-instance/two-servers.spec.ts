import { Client } from "@medusajs/framework/pg"
import { medusaEnv, startMedusa, type MedusaProcess } from "../helpers/medusa-process"
import { expectHonestBurst } from "../helpers/cart-burst"
import { claimRedisDatabase, redisProblem } from "../helpers/redis"
import { databaseFromTemplate, DEMO_STORE } from "../helpers/template-database"

jest.setTimeout(10 * 60 * 1000)

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const ADDS = 50
const ROUTINE = "barrier-restoration"

const unreachable = redisProblem(REDIS_URL)

// Without Redis this suite cannot prove anything: it fails and says why (a
// skip would let CI lose the test unnoticed). A machine without Redis runs
// the other suites by name (`npm test -- unit integration:http …`).
if (unreachable) {
  describe("two servers on one Redis", () => {
    it("needs a reachable Redis", () => {
      throw new Error(
        `${unreachable}. Start Redis or point REDIS_URL at one; without Redis, run the other suites by name.`
      )
    })
  })
} else {
  describe("two servers on one database and one Redis", () => {
    const servers: MedusaProcess[] = []
    let dropDatabase: (() => Promise<void>) | undefined
    let releaseRedis: (() => Promise<void>) | undefined
    let database: Client
    let storefront: { key: string; regionId: string }

    beforeAll(async () => {
      // Migrated and seeded on the in-memory modules; only the servers share Redis.
      const db = await databaseFromTemplate(DEMO_STORE, "routine_multi")
      dropDatabase = db.drop
      const redis = await claimRedisDatabase(REDIS_URL)
      releaseRedis = redis.release

      // Info level: the Redis modules announce their connections there.
      const serverEnv = medusaEnv({
        DATABASE_URL: db.url,
        REDIS_URL: redis.url,
        NODE_ENV: "production",
        LOG_LEVEL: "info",
      })
      servers.push(...(await Promise.all([startMedusa(serverEnv), startMedusa(serverEnv)])))

      database = new Client({ connectionString: db.url })
      await database.connect()
      const { rows: keys } = await database.query(
        "SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL"
      )
      const { rows: regions } = await database.query("SELECT id FROM region WHERE currency_code = 'eur'")
      storefront = { key: keys[0].token, regionId: regions[0].id }
    })

    afterAll(async () => {
      await database?.end()
      // Each server is stopped by its own pid, then the database and Redis are emptied.
      await Promise.all(servers.map((s) => s.stop()))
      await dropDatabase?.()
      await releaseRedis?.()
    })

    const call = async (server: MedusaProcess, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { "content-type": "application/json", "x-publishable-api-key": storefront.key },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return {
        status: response.status,
        data: await response.json().catch(() => null),
        retryAfter: response.headers.get("retry-after"),
      }
    }

    it("both servers run Medusa's Redis modules", () => {
      for (const server of servers) {
        for (const module of ["event-bus-redis", "cache-redis", "locking-redis", "workflow-engine-redis"]) {
          expect(server.startupLog).toMatch(new RegExp(`Connection to Redis in .*${module}.* established`))
        }
      }
    })

    it(`${ADDS} concurrent bundle adds to one cart through both servers: each added once or refused as busy, the total exact`, async () => {
      const { data: created } = await call(servers[0], "POST", "/store/carts", { region_id: storefront.regionId })
      const cartId = created.cart.id
      const { data: quoted } = await call(servers[1], "POST", `/store/routines/${ROUTINE}/quote`, {
        cart_id: cartId,
      })
      expect(quoted.quote.complete).toEqual(true)

      const answers = await Promise.all(
        Array.from({ length: ADDS }, (_, i) =>
          call(servers[i % 2], "POST", `/store/carts/${cartId}/routine-bundles?fields=id`, { routine_id: ROUTINE })
        )
      )

      const { rows: bundles } = await database.query(
        "SELECT id FROM routine_bundle WHERE cart_id = $1 AND deleted_at IS NULL",
        [cartId]
      )
      const { rows: items } = await database.query(
        `SELECT i.line_item_id FROM routine_bundle_item i JOIN routine_bundle b ON b.id = i.bundle_id
          WHERE b.cart_id = $1 AND b.deleted_at IS NULL AND i.deleted_at IS NULL`,
        [cartId]
      )
      // Read back through the other server than the one that created the cart.
      const { data } = await call(servers[1], "GET", `/store/carts/${cartId}?fields=id,total,item_total,*items`)
      const succeeded = expectHonestBurst({
        answers,
        bundleIds: bundles.map((b) => b.id),
        cart: data.cart,
        recordedLineIds: items.map((i) => i.line_item_id),
        linesPerBundle: quoted.quote.items.length,
        bundleCents: Math.round(quoted.quote.total * 100),
      })
      expect(succeeded).toBeGreaterThanOrEqual(1)
    })

    it("no server logged an error while the adds ran", () => {
      for (const server of servers) {
        expect(server.log()).not.toMatch(/"level":"error"/)
      }
    })
  })
}
