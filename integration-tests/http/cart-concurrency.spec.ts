import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { addBundle, cents, createCart, getCart, linesByBundle, type Seeded } from "../helpers/bundle-cart"
import { seedStore } from "../helpers/store"

jest.setTimeout(300 * 1000)

const ADDS = 50

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
    })

    it(`${ADDS} concurrent bundle adds to one cart give ${ADDS} bundles and the exact total`, async () => {
      const cart = await createCart(api, seeded)
      const responses = await Promise.all(
        Array.from({ length: ADDS }, () => addBundle(api, seeded, cart.id))
      )
      expect(responses.map((r) => r.status)).toEqual(Array(ADDS).fill(200))

      const bundles = await getContainer()
        .resolve<RoutineModuleService>(ROUTINE_MODULE)
        .listRoutineBundles({ cart_id: cart.id }, { relations: ["items"] })
      expect(bundles).toHaveLength(ADDS)

      const final = await getCart(api, seeded, cart.id)
      const groups = linesByBundle(final)
      expect(Object.keys(groups).sort()).toEqual(bundles.map((b) => b.id).sort())
      expect(final.items).toHaveLength(ADDS * 5)
      // Every line is recorded on exactly one bundle item.
      const recorded = bundles.flatMap((b) => b.items.map((i) => i.line_item_id)).sort()
      expect(recorded).toEqual(final.items.map((i: any) => i.id).sort())
      expect(cents(final.total)).toEqual(ADDS * 9562)
    })
  },
})
