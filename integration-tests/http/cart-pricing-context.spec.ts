import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import { CART_FIELDS, cents, createCart, getCart, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { storeClient } from "../helpers/client"
import { halfPriceGroup, registerCustomer } from "../helpers/customer"
import { eventually } from "../helpers/eventually"
import { invariantProblems } from "../helpers/invariant"
import { seedStore } from "../helpers/store"

jest.setTimeout(180 * 1000)

// The default bundle at half price: 7.45 + 12.45 + 14.95 + 11.45 + 9.95 =
// 56.25, 15 % = 8.4375 → 8.44 off: 47.81. At regular prices: 95.62.
const LOYAL_TOTAL = 47.81
const LOYAL_ALONE = 56.25
const REGULAR_TOTAL = 95.62

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let groupId: string
    let eurId: string

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      eurId = regionOf(seeded, "eur").id
    })

    beforeEach(async () => {
      admin = await createAdminHeaders(api, getContainer())
      groupId = await halfPriceGroup(api, seeded, admin)
    })

    const loyalCustomer = async (email: string) => {
      const customer = await registerCustomer(api, seeded, email)
      await api.post(`/admin/customer-groups/${groupId}/customers`, { add: [customer.id] }, admin)
      return customer
    }

    it("prices a group member's bundle from the group's prices: never above the same items bought one by one", async () => {
      const customer = await loyalCustomer("loyal@routine.test")
      const { bundles } = storeClient(api, seeded.publishableKey.token, customer.token)
      const { data } = await api.post("/store/carts", { region_id: eurId }, customer.headers)

      const { quote } = await bundles.routines.quote(ROUTINE, { cart_id: data.cart.id })
      expect(quote.total).toEqual(LOYAL_TOTAL)
      const { routine } = await bundles.routines.retrieve(ROUTINE, { region_id: eurId })
      expect(routine.steps[0].products[0].variants[0].calculated_price?.calculated_amount).toEqual(7.45)

      const added = await bundles.cart.addBundle(data.cart.id, { routine_id: ROUTINE }, { fields: "total,item_total" })
      expect(added.routine_bundles[0]).toMatchObject({ subtotal: LOYAL_ALONE, total: LOYAL_TOTAL })
      expect(added.cart.total).toEqual(LOYAL_TOTAL)
      expect(added.cart.total).toBeLessThanOrEqual(LOYAL_ALONE)
    })

    it("logging in (the cart transferred to the customer) re-prices the cart's bundles, keeping their ids", async () => {
      const customer = await loyalCustomer("login@routine.test")
      const guest = storeClient(api, seeded.publishableKey.token).bundles
      const cart = await createCart(api, seeded)
      const { routine_bundles: [bundle] } = await guest.cart.addBundle(cart.id, { routine_id: ROUTINE })
      expect(bundle.total).toEqual(REGULAR_TOTAL)

      const { data } = await api.post(`/store/carts/${cart.id}/customer?${CART_FIELDS}`, {}, customer.headers)
      expect(data.cart.total).toEqual(LOYAL_TOTAL)
      const { routine_bundles } = await guest.cart.listBundles(cart.id)
      expect(routine_bundles).toEqual([expect.objectContaining({ id: bundle.id, total: LOYAL_TOTAL })])
      expect(await invariantProblems(getContainer(), cart.id)).toEqual([])
    })

    it("a customer joining a group has their open carts' bundles re-priced", async () => {
      const customer = await registerCustomer(api, seeded, "joiner@routine.test")
      const { bundles } = storeClient(api, seeded.publishableKey.token, customer.token)
      const { data } = await api.post("/store/carts", { region_id: eurId }, customer.headers)
      const { routine_bundles: [bundle] } = await bundles.cart.addBundle(data.cart.id, { routine_id: ROUTINE })
      expect(bundle.total).toEqual(REGULAR_TOTAL)

      await api.post(`/admin/customer-groups/${groupId}/customers`, { add: [customer.id] }, admin)
      await eventually(async () => {
        const { routine_bundles } = await bundles.cart.listBundles(data.cart.id)
        expect(routine_bundles).toEqual([expect.objectContaining({ id: bundle.id, total: LOYAL_TOTAL })])
      })
      expect((await getCart(api, seeded, data.cart.id)).total).toEqual(LOYAL_TOTAL)

      await api.post(`/admin/customer-groups/${groupId}/customers`, { remove: [customer.id] }, admin)
      await eventually(async () => {
        const { routine_bundles } = await bundles.cart.listBundles(data.cart.id)
        expect(routine_bundles[0].total).toEqual(REGULAR_TOTAL)
      })
    })

    it("a customer group deleted: its members' open carts are re-priced as if they had left it", async () => {
      const customer = await registerCustomer(api, seeded, "member-of-deleted@routine.test")
      const { bundles } = storeClient(api, seeded.publishableKey.token, customer.token)
      const { data } = await api.post("/store/carts", { region_id: eurId }, customer.headers)
      const { routine_bundles: [bundle] } = await bundles.cart.addBundle(data.cart.id, { routine_id: ROUTINE })
      await api.post(`/admin/customer-groups/${groupId}/customers`, { add: [customer.id] }, admin)
      await eventually(async () => {
        expect((await bundles.cart.listBundles(data.cart.id)).routine_bundles[0].total).toEqual(LOYAL_TOTAL)
      })

      await api.delete(`/admin/customer-groups/${groupId}`, admin)
      await eventually(async () => {
        const { routine_bundles } = await bundles.cart.listBundles(data.cart.id)
        expect(routine_bundles).toEqual([expect.objectContaining({ id: bundle.id, total: REGULAR_TOTAL })])
      })
      expect((await getCart(api, seeded, data.cart.id)).total).toEqual(REGULAR_TOTAL)
      expect(await invariantProblems(getContainer(), data.cart.id)).toEqual([])
    })

    it("moving the cart to a sales channel that does not sell a bundle's product ends that bundle, and that product leaves the cart", async () => {
      const salesChannels = getContainer().resolve(Modules.SALES_CHANNEL)
      const [outlet] = await salesChannels.createSalesChannels([{ name: "Outlet" }])
      const link = getContainer().resolve("link")
      // The outlet sells everything but the probiotic.
      await link.create(
        seeded.products
          .filter((p) => p.handle !== "me-3-probiotic")
          .map((p) => ({ [Modules.PRODUCT]: { product_id: p.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: outlet.id } }))
      )
      await link.create({
        [Modules.API_KEY]: { publishable_key_id: seeded.publishableKey.id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: outlet.id },
      })
      const cart = await createCart(api, seeded, "eur", { sales_channel_id: seeded.salesChannel.id })
      const { bundles } = storeClient(api, seeded.publishableKey.token)
      await bundles.cart.addBundle(cart.id, { routine_id: ROUTINE })

      const { data } = await api.post(
        `/store/carts/${cart.id}?${CART_FIELDS}`,
        { sales_channel_id: outlet.id },
        seeded.storeHeaders
      )
      expect((await bundles.cart.listBundles(cart.id)).routine_bundles).toEqual([])
      expect(data.cart.items.map((l: any) => [l.unit_price, l.is_custom_price]).sort()).toEqual([
        [14.9, false],
        [22.9, false],
        [24.9, false],
        [29.9, false],
      ])
      expect(cents(data.cart.item_total)).toEqual(cents(14.9 + 24.9 + 29.9 + 22.9))
      expect(await invariantProblems(getContainer(), cart.id)).toEqual([])
    })
  },
})
