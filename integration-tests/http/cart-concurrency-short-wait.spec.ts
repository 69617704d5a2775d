import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import { cartBusyRetryAfter, RoutineBundlesError } from "../../src/client/store"
import { addBundle, createCart, getCart, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { cartBurstSuite } from "../helpers/cart-burst-suite"
import { rejection, storeClient } from "../helpers/client"

jest.setTimeout(300 * 1000)

// A cart lock wait of one second: the burst meets busy answers, and a lock
// held by the test makes them certain, whatever the machine's speed.
process.env.ROUTINE_CART_LOCK_TIMEOUT_SECONDS = "1"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const seededStore = cartBurstSuite({ api, getContainer })

    describe("a cart whose lock another request holds", () => {
      let seeded: Seeded
      const HOLDER = "another-request"
      const locking = () => getContainer().resolve(Modules.LOCKING)
      const hold = (cartId: string) => locking().acquire(cartId, { ownerId: HOLDER, expire: 60 })
      const letGo = (cartId: string) => locking().release(cartId, { ownerId: HOLDER })

      beforeAll(() => {
        seeded = seededStore()
      })

      /** A cart holding one bundle, and what it costs. */
      const cartWithBundle = async () => {
        const cart = await createCart(api, seeded)
        expect((await addBundle(api, seeded, cart.id)).status).toEqual(200)
        return getCart(api, seeded, cart.id)
      }

      it("refuses an add as busy with the time to retry, and changes nothing", async () => {
        const before = await cartWithBundle()
        await hold(before.id)
        try {
          const refused = await addBundle(api, seeded, before.id)
          expect(refused.status).toEqual(409)
          expect(refused.data).toEqual(
            expect.objectContaining({ type: "conflict", reason: "cart_busy", retry_after_seconds: expect.any(Number) })
          )
          expect(refused.headers["retry-after"]).toEqual(String(refused.data.retry_after_seconds))
        } finally {
          await letGo(before.id)
        }
        const after = await getCart(api, seeded, before.id)
        expect(after.items.map((i: any) => i.id).sort()).toEqual(before.items.map((i: any) => i.id).sort())
        expect(after.total).toEqual(before.total)
      })

      it("answers core's line routes of a bundle cart the same way, recognisable from the JS SDK's error", async () => {
        const cart = await cartWithBundle()
        const { sdk } = storeClient(api, seeded.publishableKey.token)
        await hold(cart.id)
        try {
          const error = await rejection(sdk.store.cart.updateLineItem(cart.id, cart.items[0].id, { quantity: 2 }))
          expect(error.status).toEqual(409)
          expect(cartBusyRetryAfter(error)).toBeGreaterThanOrEqual(1)
        } finally {
          await letGo(cart.id)
        }
        const after = await getCart(api, seeded, cart.id)
        expect(after.items.map((i: any) => i.quantity)).toEqual(cart.items.map((i: any) => i.quantity))
      })

      /** Runs `work` while counting the bundle adds sent; the first busy answer frees the cart. */
      const watchingAdds = async <T>(cartId: string, work: () => Promise<T>) => {
        const realFetch = global.fetch
        let adds = 0
        global.fetch = async (input, init) => {
          const response = await realFetch(input, init)
          if (String(input).includes(`/store/carts/${cartId}/routine-bundles`)) {
            adds++
            if (response.status === 409) await letGo(cartId)
          }
          return response
        }
        try {
          return { outcome: await work(), adds: () => adds }
        } finally {
          global.fetch = realFetch
        }
      }

      it("the typed client sends a busy add once more after the time given, and it is added once", async () => {
        const cart = await createCart(api, seeded)
        const { bundles } = storeClient(api, seeded.publishableKey.token)
        await hold(cart.id)
        const { outcome, adds } = await watchingAdds(cart.id, () =>
          bundles.cart.addBundle(cart.id, { routine_id: ROUTINE })
        )
        expect(adds()).toEqual(2)
        expect(outcome.routine_bundles).toHaveLength(1)
        expect((await getCart(api, seeded, cart.id)).items).toHaveLength(outcome.routine_bundles[0].items.length)
      })

      it("the typed client does not wait longer than it is allowed to", async () => {
        const cart = await createCart(api, seeded)
        const { bundles } = storeClient(api, seeded.publishableKey.token, undefined, {
          busyCartRetryMaxWaitSeconds: 0,
        })
        await hold(cart.id)
        const { outcome, adds } = await watchingAdds(cart.id, () =>
          bundles.cart.addBundle(cart.id, { routine_id: ROUTINE }).then(
            () => undefined,
            (error: unknown) => error
          )
        )
        expect(adds()).toEqual(1)
        expect(outcome).toBeInstanceOf(RoutineBundlesError)
        expect((outcome as RoutineBundlesError).body.reason).toEqual("cart_busy")
        expect((await getCart(api, seeded, cart.id)).items).toHaveLength(0)
      })
    })
  },
})
