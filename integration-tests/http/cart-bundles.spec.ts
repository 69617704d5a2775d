import { MedusaError, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { addRoutineBundleToCartWorkflow } from "../../src/workflows/add-routine-bundle-to-cart"
import {
  addBundle,
  CART_FIELDS,
  cents,
  createCart,
  getCart,
  linesByBundle,
  quote,
  regionOf,
  ROUTINE,
  type Seeded,
} from "../helpers/bundle-cart"
import { otherChannelHeaders } from "../helpers/bundle-fixtures"
import { seedStore } from "../helpers/store"

jest.setTimeout(120 * 1000)

// A late failure, after the lines are in the cart and recorded on the bundle.
// Only the compensation test switches it on.
let failAfterAdd = false
addRoutineBundleToCartWorkflow.hooks.routineBundleAdded(async () => {
  if (failAfterAdd) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "routineBundleAdded refused in test")
  }
})

const DISCOUNTED = [12.67, 21.16, 25.41, 19.46, 16.92]
const REGULAR = [14.9, 24.9, 29.9, 22.9, 19.9]

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    const bundlesOf = (cartId: string, withDeleted = false) =>
      getContainer()
        .resolve<RoutineModuleService>(ROUTINE_MODULE)
        .listRoutineBundles({ cart_id: cartId }, { relations: ["items"], withDeleted })

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
    })

    describe("POST /store/carts/:id/routine-bundles", () => {
      it("adds the routine as one bundle: discounted lines, regular compare-at price, our record", async () => {
        const cart = await createCart(api, seeded)
        const response = await addBundle(api, seeded, cart.id)
        expect(response.status).toEqual(200)
        const { items, total } = response.data.cart
        expect(total).toEqual(95.62)
        expect(items).toHaveLength(5)

        const [bundle] = await bundlesOf(cart.id)
        expect(bundle).toMatchObject({ quantity: 1, currency_code: "eur", subtotal: 112.5, discount_total: 16.88, total: 95.62 })
        const byStep = [...bundle.items].sort((a, b) => DISCOUNTED.indexOf(a.discounted_unit_price) - DISCOUNTED.indexOf(b.discounted_unit_price))
        byStep.forEach((item, i) => {
          const line = items.find((l: any) => l.id === item.line_item_id)
          expect(line).toMatchObject({
            variant_id: item.variant_id,
            quantity: 1,
            unit_price: DISCOUNTED[i],
            compare_at_unit_price: REGULAR[i],
            is_custom_price: true,
            is_tax_inclusive: false,
            metadata: {
              routine_bundle_id: bundle.id,
              routine_id: bundle.routine_id,
              care_step_id: item.care_step_id,
              step_handle: item.step_handle,
            },
          })
          expect(item).toMatchObject({ reason: "default", quantity: 1, unit_price: REGULAR[i] })
        })
      })

      it("adds the same routine twice as two bundles whose lines never merge", async () => {
        const cart = await createCart(api, seeded)
        await addBundle(api, seeded, cart.id)
        const response = await addBundle(api, seeded, cart.id, { quantity: 2 })
        const groups = linesByBundle(response.data.cart)
        const bundles = await bundlesOf(cart.id)
        expect(Object.keys(groups).sort()).toEqual(bundles.map((b) => b.id).sort())
        expect(bundles.map((b) => b.quantity).sort()).toEqual([1, 2])
        const quantities = Object.values(groups).map((lines) => lines.map((l) => l.quantity))
        expect(quantities.sort()).toEqual([[1, 1, 1, 1, 1], [2, 2, 2, 2, 2]])
        // 3 × 95.62
        expect(response.data.cart.total).toEqual(286.86)
      })

      it("follows the shopper's symptoms and picks", async () => {
        const cart = await createCart(api, seeded)
        await addBundle(api, seeded, cart.id, {
          symptoms: ["breakouts", "dry-flaky"],
        })
        const [bundle] = await bundlesOf(cart.id)
        expect(bundle.total).toEqual(88.82)
        expect(bundle.items.map((i) => i.reason).sort()).toEqual([
          "default",
          "fallback",
          "symptoms",
          "symptoms",
          "symptoms",
        ])
      })

      it("keeps tax-inclusive prices tax-inclusive on the bundle lines", async () => {
        const pricing = getContainer().resolve(Modules.PRICING)
        const [eur] = await pricing.listPricePreferences({ attribute: "currency_code", value: "eur" })
        await pricing.updatePricePreferences(eur.id, { is_tax_inclusive: true })

        const quoted = await quote(api, seeded, { region_id: regionOf(seeded, "eur").id })
        expect(quoted.data.quote.items.map((i: any) => i.is_tax_inclusive)).toEqual(Array(5).fill(true))
        const cart = await createCart(api, seeded)
        const response = await addBundle(api, seeded, cart.id)
        expect(response.data.cart.items.map((l: any) => [l.is_tax_inclusive, l.is_custom_price])).toEqual(
          Array(5).fill([true, true])
        )
        expect(response.data.cart.total).toEqual(quoted.data.quote.total)
      })

      it("refuses an incomplete bundle with 409 naming the step, and changes nothing", async () => {
        const cart = await createCart(api, seeded)
        await addBundle(api, seeded, cart.id)
        const before = await getCart(api, seeded, cart.id)
        const response = await addBundle(api, seeded, cart.id, { quantity: 55 })
        expect(response.status).toEqual(409)
        expect(response.data.type).toEqual("conflict")
        expect(response.data.message).toContain('step "soothe-and-repair"')
        const after = await getCart(api, seeded, cart.id)
        expect(after.items.map((i: any) => i.id).sort()).toEqual(before.items.map((i: any) => i.id).sort())
        expect(await bundlesOf(cart.id)).toHaveLength(1)
      })

      it("sells a cart of another sales channel none of this channel's products", async () => {
        const other = await otherChannelHeaders(getContainer())
        const { data } = await api.post("/store/carts", { region_id: seeded.regions[0].id }, other)
        const response = await api
          .post(`/store/carts/${data.cart.id}/routine-bundles`, { routine_id: ROUTINE }, other)
          .catch((e) => e.response)
        expect(response.status).toEqual(409)
        expect(response.data.message).toContain("sales channel")
      })

      it.each([
        [{ unit_price: 1 }, "unit_price"],
        [{ compare_at_unit_price: 1 }, "compare_at_unit_price"],
        [{ routine_id: undefined }, "routine_id"],
        [{ quantity: 1.5 }, "quantity"],
        [{ skip_steps: ["gentle-cleansing", "nourish-microbiome", "soothe-and-repair"] }, "keeps at least 3 of its 5 steps"],
      ])("refuses %j with a 400 naming %s", async (body, named) => {
        const cart = await createCart(api, seeded)
        const response = await addBundle(api, seeded, cart.id, body)
        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("invalid_data")
        expect(response.data.message).toContain(named)
        expect(await bundlesOf(cart.id, true)).toEqual([])
      })

      it("is 404 for an unknown routine or cart and needs a publishable key", async () => {
        const cart = await createCart(api, seeded)
        const noRoutine = await addBundle(api, seeded, cart.id, { routine_id: "nope" })
        expect(noRoutine.status).toEqual(404)
        expect(noRoutine.data.type).toEqual("not_found")
        const noCart = await addBundle(api, seeded, "cart_nope")
        expect(noCart.status).toEqual(404)
        const keyless = await api
          .post(`/store/carts/${cart.id}/routine-bundles`, { routine_id: ROUTINE })
          .catch((e) => e.response)
        expect(keyless.status).toEqual(400)
        expect(keyless.data.type).toEqual("not_allowed")
      })

      it("leaves the cart and our tables exactly as before when a late step fails", async () => {
        const cart = await createCart(api, seeded)
        await addBundle(api, seeded, cart.id)
        const before = await getCart(api, seeded, cart.id)
        const recordsBefore = await bundlesOf(cart.id, true)

        failAfterAdd = true
        const response = await addBundle(api, seeded, cart.id, { symptoms: ["itching"] }).finally(() => {
          failAfterAdd = false
        })
        expect(response.status).toEqual(400)
        expect(response.data.message).toEqual("routineBundleAdded refused in test")

        const after = await getCart(api, seeded, cart.id)
        const pick = (c: any) => ({
          total: c.total,
          subtotal: c.subtotal,
          items: c.items
            .map((i: any) => [i.id, i.variant_id, i.quantity, i.unit_price])
            .sort(),
        })
        expect(pick(after)).toEqual(pick(before))
        expect(await bundlesOf(cart.id, true)).toEqual(recordsBefore)

        // The lock was released: the next add goes through.
        const next = await addBundle(api, seeded, cart.id)
        expect(next.status).toEqual(200)
        expect(cents(next.data.cart.total)).toEqual(2 * 9562)
      })
    })

    describe("DELETE /store/carts/:id/routine-bundles/:bundle_id", () => {
      it("removes that bundle's lines and record only", async () => {
        const cart = await createCart(api, seeded)
        await addBundle(api, seeded, cart.id)
        await addBundle(api, seeded, cart.id)
        const [first, second] = await bundlesOf(cart.id)
        const response = await api.delete(
          `/store/carts/${cart.id}/routine-bundles/${first.id}?${CART_FIELDS}`,
          seeded.storeHeaders
        )
        expect(response.status).toEqual(200)
        expect(Object.keys(linesByBundle(response.data.cart))).toEqual([second.id])
        expect(response.data.cart.total).toEqual(95.62)
        expect((await bundlesOf(cart.id)).map((b) => b.id)).toEqual([second.id])
      })

      it("is 404 for an unknown bundle or a bundle of another cart", async () => {
        const cart = await createCart(api, seeded)
        const other = await createCart(api, seeded)
        await addBundle(api, seeded, other.id)
        const [foreign] = await bundlesOf(other.id)
        for (const id of ["rbndl_nope", foreign.id]) {
          const response = await api
            .delete(`/store/carts/${cart.id}/routine-bundles/${id}`, seeded.storeHeaders)
            .catch((e) => e.response)
          expect(response.status).toEqual(404)
          expect(response.data.type).toEqual("not_found")
        }
        expect(await bundlesOf(other.id)).toHaveLength(1)
      })
    })
  },
})
