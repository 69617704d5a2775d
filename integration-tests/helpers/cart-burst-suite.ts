import type { MedusaContainer } from "@medusajs/framework/types"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { ROUTINE, createCart, getCart, type Seeded } from "./bundle-cart"
import { expectHonestBurst, type BurstAnswer } from "./cart-burst"
import { seedStore } from "./store"

const ADDS = 50

type Context = { api: Parameters<typeof createCart>[0]; getContainer: () => MedusaContainer }

/**
 * A burst of bundle adds to one cart, with the server's cart lock wait as
 * the spec file set it (ROUTINE_CART_LOCK_TIMEOUT_SECONDS): the adds either
 * succeed or are refused honestly, whatever the machine's speed. How many
 * succeed is a benchmark figure (`npm run bench`), not asserted here.
 * Seeds the store; returns what it seeded, for the spec's other tests (the
 * runner restores the database to its state after the first beforeAll).
 */
export const cartBurstSuite = ({ api, getContainer }: Context) => {
  let seeded: Seeded

  beforeAll(async () => {
    seeded = await seedStore(getContainer())
  })

  it(`${ADDS} concurrent bundle adds to one cart: each added once or refused as busy, the total exact`, async () => {
    const cart = await createCart(api, seeded)
    const quoted = await api.post(`/store/routines/${ROUTINE}/quote`, { cart_id: cart.id }, seeded.storeHeaders)
    const answers: BurstAnswer[] = await Promise.all(
      Array.from({ length: ADDS }, () =>
        api
          .post(`/store/carts/${cart.id}/routine-bundles?fields=id`, { routine_id: ROUTINE }, seeded.storeHeaders)
          .catch((e: any) => e.response)
          .then((r: any) => ({ status: r.status, data: r.data, retryAfter: r.headers["retry-after"] ?? null }))
      )
    )

    const bundles = await getContainer()
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .listRoutineBundles({ cart_id: cart.id }, { relations: ["items"] })
    const succeeded = expectHonestBurst({
      answers,
      bundleIds: bundles.map((b) => b.id),
      cart: await getCart(api, seeded, cart.id),
      recordedLineIds: bundles.flatMap((b) => b.items.map((i) => i.line_item_id!)),
      linesPerBundle: quoted.data.quote.items.length,
      bundleCents: Math.round(quoted.data.quote.total * 100),
    })
    // The first add to arrive finds the queue empty and is never refused.
    expect(succeeded).toBeGreaterThanOrEqual(1)
  })

  return () => seeded
}
