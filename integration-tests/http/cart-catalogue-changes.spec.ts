import { Modules } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import { CART_FIELDS, cents, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { complete, createCheckoutCart, prepareForCompletion } from "../helpers/checkout"
import { rejection, storeClient } from "../helpers/client"
import { invariantProblems } from "../helpers/invariant"
import { seedStore } from "../helpers/store"

jest.setTimeout(180 * 1000)

const productId = (seeded: Seeded, handle: string) => seeded.products.find((p) => p.handle === handle)!.id

/*
 * What an open cart does when the catalogue changes under a bundle in it
 * (the rules are in the README, "The cart stays honest"):
 * - a product unpublished, deleted or no longer sold in the cart's channel:
 *   the bundle ends at the next cart change, that product leaves the cart,
 *   the rest goes back to regular prices;
 * - a product re-priced: the bundle is re-priced at the next cart change,
 *   under the terms it was added with;
 * - out of stock: the bundle stays (Medusa refuses the checkout, as for any
 *   line); removing it always works;
 * - the routine edited, unpublished or deleted: the bundle keeps the terms it
 *   was added with until checkout; only an edit by the shopper applies the
 *   routine as it is now.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let eurId: string
    let admin: { headers: Record<string, string> }
    const client = () => storeClient(api, seeded.publishableKey.token).bundles

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      eurId = regionOf(seeded, "eur").id
    })
    beforeEach(async () => {
      admin = await createAdminHeaders(api, getContainer())
    })

    const cartWithBundle = async () => {
      const cartId = await createCheckoutCart(api, seeded, eurId)
      const { routine_bundles: [bundle] } = await client().cart.addBundle(cartId, { routine_id: ROUTINE })
      return { cartId, bundle }
    }
    const touchCart = (cartId: string) =>
      api.post(`/store/carts/${cartId}?${CART_FIELDS}`, { email: "touched@routine.test" }, seeded.storeHeaders)
    const checkout = async (cartId: string) => {
      await prepareForCompletion(api, seeded, cartId)
      const { data } = await complete(api, seeded, cartId)
      expect(data.type).toEqual("order")
      return data.order
    }
    const REST_REGULAR = cents(14.9 + 24.9 + 29.9 + 22.9)

    it.each([
      ["unpublished", (id: string) => updateProductsWorkflow(getContainer()).run({ input: { products: [{ id, status: "draft" }] } })],
      ["deleted", (id: string) => deleteProductsWorkflow(getContainer()).run({ input: { ids: [id] } })],
    ])("a product %s under an open bundle: the bundle ends, that product leaves, the shopper edits and checks out", async (_how, change) => {
      const { cartId, bundle } = await cartWithBundle()
      await change(productId(seeded, "me-3-probiotic"))

      // Any change of the cart settles it: here, editing another line.
      const milk = bundle.items.find((i) => i.step.handle === "gentle-cleansing")!
      const { data } = await api.post(
        `/store/carts/${cartId}/line-items/${milk.line_item_id}?${CART_FIELDS}`,
        { quantity: 2 },
        seeded.storeHeaders
      )
      expect(data.cart.items.map((l: any) => [l.unit_price, l.quantity, l.is_custom_price]).sort()).toEqual([
        [14.9, 2, false],
        [22.9, 1, false],
        [24.9, 1, false],
        [29.9, 1, false],
      ])
      expect((await client().cart.listBundles(cartId)).routine_bundles).toEqual([])
      expect(await invariantProblems(getContainer(), cartId)).toEqual([])
      const order = await checkout(cartId)
      expect(cents(order.item_total)).toEqual(REST_REGULAR + 1490)
    })

    it("a product re-priced: the next cart change re-prices the bundle under its terms, keeping its id", async () => {
      const { cartId, bundle } = await cartWithBundle()
      const { data: { product } } = await api.get(`/admin/products/${productId(seeded, "me-3-probiotic")}?fields=*variants,*variants.prices`, admin)
      const variant = product.variants[0]
      await api.post(
        `/admin/products/${product.id}/variants/${variant.id}`,
        { prices: variant.prices.map((p: any) => ({ id: p.id, currency_code: p.currency_code, amount: p.currency_code === "eur" ? 29.9 : p.amount })) },
        admin
      )
      const { data } = await touchCart(cartId)
      // 14.90 + 24.90 + 29.90 + 22.90 + 29.90 = 122.50, 15 % = 18.375 → 18.38 off.
      const { routine_bundles } = await client().cart.listBundles(cartId)
      expect(routine_bundles).toEqual([expect.objectContaining({ id: bundle.id, subtotal: 122.5, total: 104.12 })])
      expect(data.cart.item_total).toEqual(104.12)
      const order = await checkout(cartId)
      expect(order.item_total).toEqual(104.12)
    })

    it("out of stock: the bundle stays, and the shopper can always take it out", async () => {
      const { cartId, bundle } = await cartWithBundle()
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [item] = await inventory.listInventoryItems({ sku: bundle.items.find((i) => i.step.handle === "soothe-and-repair")!.variant.sku! })
      const levels = await inventory.listInventoryLevels({ inventory_item_id: item.id })
      await inventory.updateInventoryLevels(levels.map((l) => ({ inventory_item_id: item.id, location_id: l.location_id, stocked_quantity: 0 })))
      await touchCart(cartId)
      expect((await client().cart.listBundles(cartId)).routine_bundles.map((b) => b.id)).toEqual([bundle.id])

      const removed = await client().cart.removeBundle(cartId, bundle.id, { fields: "id,items.id,total" })
      expect(removed).toMatchObject({ id: bundle.id, deleted: true, routine_bundles: [] })
      expect(removed.cart.items).toEqual([])
    })

    it("the routine edited, unpublished, then deleted: the open bundle keeps its terms to checkout", async () => {
      const { cartId, bundle } = await cartWithBundle()
      const routineId = (await client().routines.retrieve(ROUTINE, { region_id: eurId })).routine.id
      await api.post(`/admin/routines/${routineId}`, { discount_value: 40, discount_tiers: [] }, admin)
      await touchCart(cartId)
      expect((await client().cart.listBundles(cartId)).routine_bundles[0]).toMatchObject({ id: bundle.id, total: 95.62 })
      // A new bundle is sold under the new terms: 112.50 − 40 % = 67.50.
      const { quote } = await client().routines.quote(ROUTINE, { cart_id: cartId })
      expect(quote.total).toEqual(67.5)

      await api.post(`/admin/routines/${routineId}`, { status: "draft" }, admin)
      await touchCart(cartId)
      expect((await client().cart.listBundles(cartId)).routine_bundles[0].total).toEqual(95.62)
      // The shopper can no longer change it (the routine is not offered), only remove it.
      const error = await rejection(client().cart.updateBundle(cartId, bundle.id, { quantity: 2 }))
      expect(error).toMatchObject({ status: 409, type: "conflict" })
      expect(error.message).toContain("no longer offered")

      await api.delete(`/admin/routines/${routineId}`, admin)
      const order = await checkout(cartId)
      expect(order.item_total).toEqual(95.62)
    })

    it("a symptom deleted: a bundle chosen for it can still be changed, without it among its reasons", async () => {
      const cartId = await createCheckoutCart(api, seeded, eurId)
      const { routine_bundles: [bundle] } = await client().cart.addBundle(cartId, {
        routine_id: ROUTINE,
        symptoms: ["redness", "itching"],
      })
      const redness = bundle.symptoms.find((s) => s.handle === "redness")!
      await api.delete(`/admin/symptoms/${redness.id}`, admin)

      const { routine_bundles: [edited] } = await client().cart.updateBundle(cartId, bundle.id, { quantity: 2 })
      expect(edited).toMatchObject({ id: bundle.id, quantity: 2 })
      expect(edited.symptoms.map((s) => s.handle)).toEqual(["itching"])
      expect(await invariantProblems(getContainer(), cartId)).toEqual([])
      // A shopper naming it now is told it does not exist.
      const error = await rejection(client().cart.updateBundle(cartId, bundle.id, { symptoms: ["redness"] }))
      expect(error).toMatchObject({ status: 400 })
      expect(error.message).toContain('unknown symptom "redness"')
    })
  },
})
