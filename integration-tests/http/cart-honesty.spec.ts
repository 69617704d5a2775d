import { Modules } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { validateCartRoutineBundlesWorkflow } from "../../src/workflows/validate-cart-routine-bundles"
import { createAdminHeaders } from "../helpers/admin"
import {
  addBundle,
  CART_FIELDS,
  createCart,
  getCart,
  linesByBundle,
  quote,
  regionOf,
  type Seeded,
} from "../helpers/bundle-cart"
import { createRoutineFixture, variantOf } from "../helpers/bundle-fixtures"
import { seedStore } from "../helpers/store"

jest.setTimeout(120 * 1000)

const REGULAR_TOTAL = 14.9 + 24.9 + 29.9 + 22.9 + 19.9

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    const bundlesOf = (cartId: string) =>
      getContainer()
        .resolve<RoutineModuleService>(ROUTINE_MODULE)
        .listRoutineBundles({ cart_id: cartId }, { relations: ["items"] })

    /** A cart with two default bundles: the first one is the one edited. */
    const cartWithTwoBundles = async () => {
      const cart = await createCart(api, seeded)
      await addBundle(api, seeded, cart.id)
      await addBundle(api, seeded, cart.id)
      const [edited, kept] = await bundlesOf(cart.id)
      const milk = edited.items.find((i) => i.step_handle === "gentle-cleansing")!
      return { cartId: cart.id, edited, kept, lineId: milk.line_item_id! }
    }

    const expectDissolved = (cart: any, editedId: string, keptId: string) => {
      const groups = linesByBundle(cart)
      expect(groups[editedId]).toBeUndefined()
      expect(groups[keptId].map((l: any) => l.unit_price).sort()).toEqual([12.67, 16.92, 19.46, 21.16, 25.41])
      for (const line of groups.none) {
        expect(line.is_custom_price).toBe(false)
        expect(Object.keys(line.metadata ?? {})).toEqual([])
        expect(line.unit_price).toEqual(line.compare_at_unit_price ?? line.unit_price)
      }
      return groups.none
    }

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      await createRoutineFixture(getContainer(), seeded, {
        handle: "fixed-duo",
        status: "published",
        discount: { type: "fixed", amounts: { eur: 5 } },
        steps: [
          { handle: "cleanse", products: ["moisturising-cleansing-milk"] },
          { handle: "mask", optional: true, products: ["halo-moisture-mask"] },
        ],
      })
    })

    describe("editing a bundle line through core's routes dissolves its bundle", () => {
      it("a quantity change: the change happens, the bundle's lines go back to regular prices", async () => {
        const { cartId, edited, kept, lineId } = await cartWithTwoBundles()
        const response = await api.post(
          `/store/carts/${cartId}/line-items/${lineId}?${CART_FIELDS}`,
          { quantity: 3 },
          seeded.storeHeaders
        )
        expect(response.status).toEqual(200)
        const regular = expectDissolved(response.data.cart, edited.id, kept.id)
        expect(regular.map((l: any) => [l.unit_price, l.quantity]).sort()).toEqual([
          [14.9, 3],
          [19.9, 1],
          [22.9, 1],
          [24.9, 1],
          [29.9, 1],
        ])
        expect((await bundlesOf(cartId)).map((b) => b.id)).toEqual([kept.id])
        // 95.62 for the intact bundle, regular prices for the rest.
        expect(response.data.cart.total).toBeCloseTo(95.62 + REGULAR_TOTAL + 2 * 14.9, 2)
      })

      it("quantity 0 removes the line and dissolves the rest", async () => {
        const { cartId, edited, kept, lineId } = await cartWithTwoBundles()
        const response = await api.post(
          `/store/carts/${cartId}/line-items/${lineId}?${CART_FIELDS}`,
          { quantity: 0 },
          seeded.storeHeaders
        )
        expect(response.status).toEqual(200)
        const regular = expectDissolved(response.data.cart, edited.id, kept.id)
        expect(regular.map((l: any) => l.unit_price).sort()).toEqual([19.9, 22.9, 24.9, 29.9])
        expect(response.data.cart.total).toBeCloseTo(95.62 + REGULAR_TOTAL - 14.9, 2)
      })

      it("DELETE of a line removes it and dissolves the rest", async () => {
        const { cartId, edited, kept, lineId } = await cartWithTwoBundles()
        const response = await api.delete(
          `/store/carts/${cartId}/line-items/${lineId}?${CART_FIELDS}`,
          seeded.storeHeaders
        )
        expect(response.status).toEqual(200)
        expect(response.data).toMatchObject({ id: lineId, deleted: true })
        expectDissolved(response.data.parent, edited.id, kept.id)
        expect(response.data.parent.total).toBeCloseTo(95.62 + REGULAR_TOTAL - 14.9, 2)
        expect((await bundlesOf(cartId)).map((b) => b.id)).toEqual([kept.id])
      })

      it("a metadata-only update (forged or wiped) changes nothing about the bundle", async () => {
        const { cartId, edited, lineId } = await cartWithTwoBundles()
        for (const metadata of [{ routine_bundle_id: "rbndl_forged", note: "x" }, null]) {
          const response = await api.post(
            `/store/carts/${cartId}/line-items/${lineId}?${CART_FIELDS}`,
            { quantity: 1, metadata },
            seeded.storeHeaders
          )
          expect(response.status).toEqual(200)
          const line = response.data.cart.items.find((l: any) => l.id === lineId)
          expect(line).toMatchObject({ unit_price: 12.67, is_custom_price: true, quantity: 1 })
        }
        expect(await bundlesOf(cartId)).toHaveLength(2)
        expect((await bundlesOf(cartId))[0].items.map((i) => i.line_item_id)).toEqual(
          edited.items.map((i) => i.line_item_id)
        )
        // Still valid for checkout: our table, not metadata, is the truth.
        const { errors } = await validateCartRoutineBundlesWorkflow(getContainer()).run({
          input: { cart_id: cartId },
          throwOnError: false,
        })
        expect(errors).toEqual([])
      })
    })

    describe("changing the cart's region", () => {
      it("rebuilds every bundle in the new currency at the exact quote, dropping what cannot be sold there", async () => {
        const cart = await createCart(api, seeded)
        const symptoms = ["breakouts", "dry-flaky"]
        await addBundle(api, seeded, cart.id, { symptoms })
        await addBundle(api, seeded, cart.id, { routine_id: "fixed-duo" })
        const [before] = await bundlesOf(cart.id)

        const usd = regionOf(seeded, "usd").id
        const response = await api.post(
          `/store/carts/${cart.id}?${CART_FIELDS}`,
          { region_id: usd },
          seeded.storeHeaders
        )
        expect(response.status).toEqual(200)
        const updated = response.data.cart
        expect(updated).toMatchObject({ region_id: usd, currency_code: "usd" })

        const expected = await quote(api, seeded, { region_id: usd, symptoms })
        const [after, ...others] = await bundlesOf(cart.id)
        expect(others).toEqual([])
        expect(after).toMatchObject({ currency_code: "usd", total: expected.data.quote.total, quantity: 1 })
        expect(after.id).not.toEqual(before.id)
        expect(after.items.map((i) => [i.variant_id, i.reason]).sort()).toEqual(
          before.items.map((i) => [i.variant_id, i.reason]).sort()
        )
        // The fixed-duo bundle has no USD discount: its lines left the cart.
        expect(updated.items).toHaveLength(5)
        expect(Object.keys(linesByBundle(updated))).toEqual([after.id])
        expect(updated.total).toEqual(expected.data.quote.total)
        expect(updated.items.map((l: any) => l.unit_price).sort()).toEqual(
          expected.data.quote.items.map((i: any) => i.discounted_unit_price).sort()
        )
      })

      it("drops a bundle that cannot be sold in the new currency, and its products with it", async () => {
        const cart = await createCart(api, seeded)
        await addBundle(api, seeded, cart.id, { routine_id: "fixed-duo" })
        const response = await api.post(
          `/store/carts/${cart.id}?${CART_FIELDS}`,
          { region_id: regionOf(seeded, "usd").id },
          seeded.storeHeaders
        )
        expect(response.status).toEqual(200)
        expect(response.data.cart).toMatchObject({ currency_code: "usd", items: [], total: 0 })
        expect(await bundlesOf(cart.id)).toEqual([])
      })

      it("leaves other cart updates to core and the bundles alone", async () => {
        const cart = await createCart(api, seeded)
        await addBundle(api, seeded, cart.id)
        const [before] = await bundlesOf(cart.id)
        const response = await api.post(
          `/store/carts/${cart.id}?${CART_FIELDS}`,
          { email: "shopper@routine.test", region_id: regionOf(seeded, "eur").id },
          seeded.storeHeaders
        )
        expect(response.status).toEqual(200)
        expect(response.data.cart.total).toEqual(95.62)
        expect((await bundlesOf(cart.id)).map((b) => b.id)).toEqual([before.id])
      })
    })

    describe("completing the cart checks every bundle line against our records", () => {
      const complete = (cartId: string) =>
        api.post(`/store/carts/${cartId}/complete`, {}, seeded.storeHeaders).catch((e) => e.response)

      it("refuses a line whose price or quantity was changed behind the bundle's back", async () => {
        const cart = await createCart(api, seeded)
        await addBundle(api, seeded, cart.id)
        const [bundle] = await bundlesOf(cart.id)
        const [first, second] = bundle.items
        const cartModule = getContainer().resolve(Modules.CART)
        await cartModule.updateLineItems(first.line_item_id!, { unit_price: 1 })
        await cartModule.updateLineItems(second.line_item_id!, { quantity: 4 })

        const response = await complete(cart.id)
        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("invalid_data")
        expect(response.data.message).toContain(`line ${first.line_item_id} costs 1, not ${first.discounted_unit_price}`)
        expect(response.data.message).toContain(`line ${second.line_item_id} has quantity 4, not 1`)
        const after = await getCart(api, seeded, cart.id)
        expect(after.completed_at ?? null).toBeNull()
      })

      it("refuses a missing line and a bundle-priced line no bundle knows", async () => {
        const cart = await createCart(api, seeded)
        await addBundle(api, seeded, cart.id)
        const [bundle] = await bundlesOf(cart.id)
        await getContainer().resolve(Modules.CART).softDeleteLineItems([bundle.items[0].line_item_id!])
        await addToCartWorkflow(getContainer()).run({
          input: {
            cart_id: cart.id,
            items: [
              {
                variant_id: variantOf(seeded, "arctic-face-cream"),
                quantity: 1,
                unit_price: 1,
                metadata: { routine_bundle_id: "rbndl_unknown" },
              },
            ],
          },
        })
        const response = await complete(cart.id)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("its cart line is missing")
        expect(response.data.message).toContain("has a bundle price but belongs to no bundle")
      })
    })

    describe("a promotion code on a cart with a bundle", () => {
      it("stacks on the bundle price (measured, not changed)", async () => {
        const admin = await createAdminHeaders(api, getContainer())
        await api.post(
          "/admin/promotions",
          {
            code: "TENOFF",
            type: "standard",
            status: "active",
            application_method: {
              type: "percentage",
              target_type: "order",
              allocation: "across",
              value: 10,
            },
          },
          admin
        )
        const cart = await createCart(api, seeded)
        await addBundle(api, seeded, cart.id)
        const response = await api.post(
          `/store/carts/${cart.id}/promotions?${CART_FIELDS}`,
          { promo_codes: ["TENOFF"] },
          seeded.storeHeaders
        )
        expect(response.status).toEqual(200)
        const { total, subtotal, discount_total, items } = response.data.cart
        // Observed: the code takes 10 % of the bundle price, on top of the
        // bundle's own 15 %, and Medusa leaves the adjustments unrounded
        // (9.562, not 9.56): 112.50 → 95.62 → 86.058.
        expect({ subtotal, discount_total, total }).toEqual({
          subtotal: 95.62,
          discount_total: 9.562,
          total: 86.058,
        })
        const adjustments = items
          .map((l: any) => [l.unit_price, l.adjustments.map((a: any) => a.amount)])
          .sort((a: any, b: any) => a[0] - b[0])
        expect(adjustments).toEqual([
          [12.67, [1.267]],
          [16.92, [1.692]],
          [19.46, [1.946]],
          [21.16, [2.116]],
          [25.41, [2.541]],
        ])
        // The bundle itself is untouched and still passes the checkout check.
        expect(items.every((l: any) => l.is_custom_price)).toBe(true)
        expect(await bundlesOf(cart.id)).toHaveLength(1)
        const { errors } = await validateCartRoutineBundlesWorkflow(getContainer()).run({
          input: { cart_id: cart.id },
          throwOnError: false,
        })
        expect(errors).toEqual([])
      })
    })
  },
})
