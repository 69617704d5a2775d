import { MedusaError, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import { CART_FIELDS, cents, createCart, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { variantOf } from "../helpers/bundle-fixtures"
import { createCheckoutCart, prepareForCompletion } from "../helpers/checkout"
import { storeClient } from "../helpers/client"
import { invariantProblems } from "../helpers/invariant"
import { buyOneGetOneFree } from "../helpers/promotions"
import { seedStore } from "../helpers/store"

jest.setTimeout(180 * 1000)

/*
 * Each promotion policy against real Medusa promotions: percentage and
 * fixed, order- and item-level, buy-get, codes and automatic ones. The
 * default bundle: 112.50 regular, 16.88 off (15 %), 95.62; its cleanser
 * (step 1) is 14.90 regular, 12.67 in the bundle.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let routineId: string
    const client = () => storeClient(api, seeded.publishableKey.token).bundles

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
    })
    beforeEach(async () => {
      admin = await createAdminHeaders(api, getContainer())
      routineId = (await client().routines.retrieve(ROUTINE, { region_id: regionOf(seeded, "eur").id })).routine.id
    })

    const promotion = (code: string, application_method: Record<string, unknown>, is_automatic = false) =>
      api.post("/admin/promotions", { code, type: "standard", status: "active", is_automatic, application_method }, admin)
    const percentOff = (code: string, value: number, is_automatic = false) =>
      promotion(code, { type: "percentage", target_type: "order", allocation: "across", value }, is_automatic)
    const setPolicy = (promotion_policy: string) => api.post(`/admin/routines/${routineId}`, { promotion_policy }, admin)
    const applyCode = (cartId: string, code: string) =>
      api.post(`/store/carts/${cartId}/promotions?${CART_FIELDS}`, { promo_codes: [code] }, seeded.storeHeaders)
    const removeCode = (cartId: string, code: string) =>
      api.delete(`/store/carts/${cartId}/promotions?${CART_FIELDS}`, { ...seeded.storeHeaders, data: { promo_codes: [code] } })

    /** A cart with the default bundle and one plain line (the arctic cream at 25.90). */
    const cartWithBundleAndLine = async () => {
      const cart = await createCart(api, seeded)
      const { routine_bundles: [bundle] } = await client().cart.addBundle(cart.id, { routine_id: ROUTINE })
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantOf(seeded, "arctic-face-cream"), quantity: 1 }, seeded.storeHeaders)
      return { cartId: cart.id, bundle }
    }
    const bundleLines = (cart: any, bundle: { items: { line_item_id: string }[] }) =>
      cart.items.filter((l: any) => bundle.items.some((i) => i.line_item_id === l.id))
    const adjustmentsOn = (lines: any[]) => lines.reduce((sum, l) => sum + l.adjustments.reduce((s: number, a: any) => s + a.amount, 0), 0)

    /**
     * "Buy the step-2 product, get the step-1 product (the cleanser) free":
     * Medusa computes buy-get adjustments without looking at a line's
     * `is_discountable`, so only the adjustments themselves can show it.
     */
    const buyGetCleanser = async (code: string) => {
      const { quote } = await client().routines.quote(ROUTINE, { region_id: regionOf(seeded, "eur").id })
      const [step1, step2] = quote.items
      return api.post(
        "/admin/promotions",
        { code, type: "buyget", status: "active", application_method: buyOneGetOneFree(step2.product.id, step1.product.id) },
        admin
      )
    }

    it("combine: a buy-get code takes the cleanser off on top of the bundle price, as Medusa would", async () => {
      await buyGetCleanser("FREECLEANSER")
      const { cartId, bundle } = await cartWithBundleAndLine()
      const { data } = await applyCode(cartId, "FREECLEANSER")
      expect(cents(adjustmentsOn(bundleLines(data.cart, bundle)))).toEqual(1267)
      expect(cents(data.cart.total)).toEqual(9562 - 1267 + 2590)
      expect(await invariantProblems(getContainer(), cartId)).toEqual([])
    })

    for (const policy of ["exclusive", "best_of"]) {
      it(`${policy}: a buy-get code takes nothing off the bundle's lines, though they are its targets`, async () => {
        await setPolicy(policy)
        await buyGetCleanser("FREECLEANSER")
        const { cartId, bundle } = await cartWithBundleAndLine()
        const { data } = await applyCode(cartId, "FREECLEANSER")
        // best_of weighs it first: the free cleanser (14.90 regular) is worth less than the bundle's 16.88.
        expect(adjustmentsOn(bundleLines(data.cart, bundle))).toEqual(0)
        expect(cents(data.cart.total)).toEqual(9562 + 2590)
        expect((await client().cart.listBundles(cartId)).routine_bundles[0]).toMatchObject({ total: 95.62 })
        expect(await invariantProblems(getContainer(), cartId)).toEqual([])

        // A later core change of the cart computes the promotions again; the bundle's lines stay untouched.
        const { data: more } = await api.post(
          `/store/carts/${cartId}/line-items?${CART_FIELDS}`,
          { variant_id: variantOf(seeded, "arctic-face-cream"), quantity: 1 },
          seeded.storeHeaders
        )
        expect(adjustmentsOn(bundleLines(more.cart, bundle))).toEqual(0)
        expect(cents(more.cart.total)).toEqual(9562 + 2 * 2590)
      })
    }

    it("the completion check (every path) refuses a bundle line carrying a promotion its policy forbids, whatever made it", async () => {
      await setPolicy("exclusive")
      const cartId = await createCheckoutCart(api, seeded, regionOf(seeded, "eur").id)
      const { routine_bundles: [bundle] } = await client().cart.addBundle(cartId, { routine_id: ROUTINE })
      await prepareForCompletion(api, seeded, cartId)
      // An adjustment no policy check saw: as a promotion kind, a plugin or a script might leave it.
      await getContainer()
        .resolve(Modules.CART)
        .addLineItemAdjustments([{ item_id: bundle.items[0].line_item_id!, amount: 12.67, code: "SLIPPED" }])

      const { errors } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId }, throwOnError: false })
      expect(errors[0].error).toMatchObject({ type: MedusaError.Types.INVALID_DATA })
      expect(errors[0].error.message).toContain(
        `line ${bundle.items[0].line_item_id} has 12.67 off from promotions (SLIPPED), which its bundle's policy exclusive does not allow`
      )
    })

    it("combine (the default): a 10 % order code stacks on the bundle price", async () => {
      await percentOff("TEN", 10)
      const { cartId, bundle } = await cartWithBundleAndLine()
      const { data } = await applyCode(cartId, "TEN")
      // 10 % of 95.62 + 25.90 = 12.152, on top of the bundle's own discount.
      expect(data.cart.discount_total).toBeCloseTo(12.152, 3)
      expect(adjustmentsOn(bundleLines(data.cart, bundle))).toBeCloseTo(9.562, 3)
      expect((await client().routines.quote(ROUTINE, { cart_id: cartId })).quote.promotion_policy).toEqual("combine")
    })

    it("exclusive: codes and automatic promotions leave the bundle's lines alone, and apply to the rest", async () => {
      await setPolicy("exclusive")
      await percentOff("TEN", 10)
      await promotion("AUTO5", { type: "fixed", target_type: "order", allocation: "across", value: 5, currency_code: "eur" }, true)
      const { cartId, bundle } = await cartWithBundleAndLine()
      const { data } = await applyCode(cartId, "TEN")
      expect(adjustmentsOn(bundleLines(data.cart, bundle))).toEqual(0)
      expect(bundleLines(data.cart, bundle).every((l: any) => l.unit_price !== l.compare_at_unit_price || l.is_discountable === false)).toBe(true)
      // Only the cream takes them: 10 % (2.59) and the 5.00 off.
      expect(cents(data.cart.discount_total)).toEqual(259 + 500)
      expect(cents(data.cart.total)).toEqual(9562 + 2590 - 259 - 500)
      expect(await invariantProblems(getContainer(), cartId)).toEqual([])
    })

    it("best_of: the bundle keeps its discount while a code is worth less, never both", async () => {
      await setPolicy("best_of")
      await percentOff("TEN", 10)
      const { cartId, bundle } = await cartWithBundleAndLine()
      const { data } = await applyCode(cartId, "TEN")
      // 10 % of the bundle at regular prices (11.25) is less than its own 16.88: the bundle wins.
      expect(adjustmentsOn(bundleLines(data.cart, bundle))).toEqual(0)
      expect((await client().cart.listBundles(cartId)).routine_bundles[0]).toMatchObject({ total: 95.62, discount_total: 16.88 })
      expect(cents(data.cart.total)).toEqual(9562 + 2590 - 259)
    })

    it("best_of: a code worth more than the bundle's discount replaces it, and removing the code brings the bundle price back", async () => {
      await setPolicy("best_of")
      await percentOff("THIRTY", 30)
      const { cartId, bundle } = await cartWithBundleAndLine()
      const { data } = await applyCode(cartId, "THIRTY")
      // 30 % of 112.50 (33.75) beats 16.88: regular prices with the code on them.
      const lines = bundleLines(data.cart, bundle)
      expect(lines.map((l: any) => l.unit_price).sort()).toEqual([14.9, 19.9, 22.9, 24.9, 29.9])
      expect(adjustmentsOn(lines)).toBeCloseTo(33.75, 2)
      const { routine_bundles } = await client().cart.listBundles(cartId)
      expect(routine_bundles[0]).toMatchObject({ id: bundle.id, subtotal: 112.5, discount_total: 0, total: 112.5 })
      expect(cents(data.cart.total)).toEqual(Math.round((11250 + 2590) * 0.7))
      expect(await invariantProblems(getContainer(), cartId)).toEqual([])

      const removed = await removeCode(cartId, "THIRTY")
      expect(cents(removed.data.cart.total)).toEqual(9562 + 2590)
      expect((await client().cart.listBundles(cartId)).routine_bundles[0]).toMatchObject({ id: bundle.id, total: 95.62 })
    })

    it("best_of: an item-level fixed promotion on the bundle's products is weighed the same way", async () => {
      await setPolicy("best_of")
      const products = seeded.products
        .filter((p) => ["moisturising-cleansing-milk", "cbd-extra-strong-repair-salve"].includes(p.handle))
        .map((p) => p.id)
      await promotion("TWELVE", {
        type: "fixed",
        target_type: "items",
        allocation: "each",
        value: 12,
        currency_code: "eur",
        max_quantity: 1,
        target_rules: [{ attribute: "items.product.id", operator: "in", values: products }],
      })
      const { cartId, bundle } = await cartWithBundleAndLine()
      const { data } = await applyCode(cartId, "TWELVE")
      // 12.00 off two products: 24.00 beats 16.88.
      expect(adjustmentsOn(bundleLines(data.cart, bundle))).toBeCloseTo(24, 2)
      expect(cents(data.cart.total)).toEqual(11250 - 2400 + 2590)
    })
  },
})
