import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import { regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { complete, createCheckoutCart, prepareForCompletion } from "../helpers/checkout"
import { rejection, storeClient } from "../helpers/client"
import { registerCustomer } from "../helpers/customer"
import { seedOtherSalesChannel } from "../helpers/other-channel"
import { seedStore } from "../helpers/store"
import { invalidateRoutinePages } from "../../src/workflows/utils/routine-page-cache"

jest.setTimeout(240 * 1000)

// On, as in a store (integration-tests/setup.js turns it off for the other suites).
process.env.ROUTINE_PAGE_CACHE_TTL_SECONDS = "300"

const HOUR = 3600 * 1000
const later = (ms: number) => new Date(Date.now() + ms).toISOString()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/*
 * Who may buy a routine, and when (README, "Schedule and availability"): a
 * published routine is offered only between its start and end, in the sales
 * channels linked to it (none: every channel) and to the customer groups
 * linked to it (none: every shopper). Everywhere a shopper meets a routine,
 * one not offered to them is what an unpublished routine always was: not
 * listed, a 404 for its page, its finder's symptoms, a quote and an add; a
 * bundle already in a cart keeps its terms to checkout and can only be
 * removed (an edit is a 409).
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let eurId: string
    const guest = () => storeClient(api, seeded.publishableKey.token).bundles
    const productId = (handle: string) => seeded.products.find((p) => p.handle === handle)!.id

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      eurId = regionOf(seeded, "eur").id
    })
    beforeEach(async () => {
      admin = await createAdminHeaders(api, getContainer())
      // The runner restores the database behind Medusa's back: the cache goes with it.
      await invalidateRoutinePages(getContainer())
    })

    const editRoutine = (body: Record<string, unknown>) => api.post(`/admin/routines/${seeded.routine.id}`, body, admin)
    const setAvailability = (body: Record<string, unknown>, id = seeded.routine.id) =>
      api.post(`/admin/routines/${id}/availability`, body, admin).catch((e: any) => e.response)
    const readiness = async () =>
      Object.fromEntries(
        (await api.get(`/admin/routines/${seeded.routine.id}/readiness`, admin)).data.readiness.checks.map(
          (c: { key: string }) => [c.key, c]
        )
      )
    const newGroup = async (name: string) =>
      (await api.post("/admin/customer-groups", { name }, admin)).data.customer_group.id as string
    const member = async (email: string, groupId: string) => {
      const customer = await registerCustomer(api, seeded, email)
      await api.post(`/admin/customer-groups/${groupId}/customers`, { add: [customer.id] }, admin)
      return customer
    }
    const get = (url: string, headers = seeded.storeHeaders) => api.get(url, headers).catch((e: any) => e.response)
    const cartItems = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}?fields=id,items.id`, seeded.storeHeaders)).data.cart.items

    /**
     * What a shopper sees of the demo routine, everywhere the store shows or
     * sells it: `true` for every place when it is offered to them, `false` when
     * it is not (and then nothing was written to the cart).
     */
    const offered = async (headers = seeded.storeHeaders, token?: string) => {
      const { bundles } = storeClient(api, seeded.publishableKey.token, token)
      const cartId = (await api.post("/store/carts", { region_id: eurId }, headers)).data.cart.id
      const list = await get(`/store/routines?region_id=${eurId}`, headers)
      const page = await get(`/store/routines/${ROUTINE}?region_id=${eurId}`, headers)
      const symptoms = await get(`/store/symptoms?routine_id=${ROUTINE}`, headers)
      const onProduct = await get(`/store/products/${productId("moisturising-cleansing-milk")}/routines`, headers)
      const quote = await bundles.routines.quote(ROUTINE, { cart_id: cartId }).catch((e) => e)
      const add = await bundles.cart.addBundle(cartId, { routine_id: ROUTINE }).catch((e) => e)
      const places = {
        list: list.data.routines.some((r: { handle: string }) => r.handle === ROUTINE),
        page: page.status === 200,
        symptoms: symptoms.status === 200,
        product_page: onProduct.data.routine_steps.some((s: { routine: { handle: string } }) => s.routine.handle === ROUTINE),
        quote: !!quote.quote,
        add: !!add.routine_bundles,
      }
      const refusals = [page.status, symptoms.status, quote.status, add.status]
      if (!places.add) {
        // A refusal is the unpublished routine's 404, and the cart is as it was.
        expect(refusals.filter(Boolean)).toEqual([404, 404, 404, 404])
        expect(await cartItems(cartId)).toEqual([])
      }
      return places
    }
    const EVERYWHERE = { list: true, page: true, symptoms: true, product_page: true, quote: true, add: true }
    const NOWHERE = { list: false, page: false, symptoms: false, product_page: false, quote: false, add: false }

    describe("the schedule", () => {
      it("before its start the routine is sold nowhere; the checklist says when it goes live", async () => {
        const starts = later(24 * HOUR)
        expect((await editRoutine({ starts_at: starts })).status).toEqual(200)
        expect(await offered()).toEqual(NOWHERE)
        expect((await readiness()).schedule).toMatchObject({ status: "ok", detail: expect.stringMatching(/^Goes live on /) })

        await editRoutine({ starts_at: later(-HOUR) })
        expect(await offered()).toEqual(EVERYWHERE)
      })

      it("from its end the routine is sold nowhere; the checklist warns it ended", async () => {
        await editRoutine({ starts_at: later(-2 * HOUR), ends_at: later(-HOUR) })
        expect(await offered()).toEqual(NOWHERE)
        expect((await readiness()).schedule).toMatchObject({ status: "warning", detail: expect.stringMatching(/^Ended on /) })
      })

      it("a bundle in a cart when its routine ends keeps its terms to checkout, as when unpublished: no edit, removal allowed", async () => {
        const cartId = await createCheckoutCart(api, seeded, eurId)
        const { routine_bundles: [bundle] } = await guest().cart.addBundle(cartId, { routine_id: ROUTINE })
        expect(bundle.total).toEqual(95.62)
        await editRoutine({ ends_at: later(-1000) })

        const quote = await rejection(guest().routines.quote(ROUTINE, { cart_id: cartId }))
        expect(quote).toMatchObject({ status: 404, type: "not_found" })
        const add = await rejection(guest().cart.addBundle(cartId, { routine_id: ROUTINE }))
        expect(add).toMatchObject({ status: 404, type: "not_found" })
        const edit = await rejection(guest().cart.updateBundle(cartId, bundle.id, { quantity: 2 }))
        expect(edit).toMatchObject({ status: 409, type: "conflict" })
        expect(edit.message).toContain("no longer offered")
        // Nothing changed: the one bundle, at its terms.
        expect((await guest().cart.listBundles(cartId)).routine_bundles).toEqual([
          expect.objectContaining({ id: bundle.id, quantity: 1, total: 95.62 }),
        ])

        await prepareForCompletion(api, seeded, cartId)
        const { data } = await complete(api, seeded, cartId)
        expect(data.type).toEqual("order")
        expect(data.order.item_total).toEqual(95.62)
      })
    })

    describe("sales channels", () => {
      it("linked to another channel only: not sold through this key; linked to it as well: sold again", async () => {
        const { data: other } = await api.post("/admin/sales-channels", { name: "Pop-up shop" }, admin)
        const otherId = other.sales_channel.id

        const { status, data } = await setAvailability({ sales_channel_ids: [otherId] })
        expect(status).toEqual(200)
        expect(data.availability).toEqual({
          sales_channels: [{ id: otherId, name: "Pop-up shop" }],
          customer_groups: [],
          sales_channels_restricted: true,
          customer_groups_restricted: false,
        })
        expect(await offered()).toEqual(NOWHERE)
        expect((await readiness()).availability.detail).toEqual("Sold only in Pop-up shop.")

        await setAvailability({ sales_channel_ids: [otherId, seeded.salesChannel.id] })
        expect(await offered()).toEqual(EVERYWHERE)
        await setAvailability({ sales_channel_ids: [] })
        expect((await api.get(`/admin/routines/${seeded.routine.id}/availability`, admin)).data.availability.sales_channels).toEqual([])
        expect(await offered()).toEqual(EVERYWHERE)

        // Each change is in the routine's history, with the lists before and after and who made it.
        const { data: history } = await api.get(`/admin/routine-changes?routine_id=${seeded.routine.id}&subject=routine`, admin)
        const entries = history.routine_changes.map((c: any) => ({ before: c.before, after: c.after, by: !!c.changed_by }))
        const here = seeded.salesChannel.id
        expect(entries).toEqual([
          {
            before: { sales_channel_ids: [otherId, here].sort(), sales_channels_restricted: true },
            after: { sales_channel_ids: [], sales_channels_restricted: false },
            by: true,
          },
          { before: { sales_channel_ids: [otherId] }, after: { sales_channel_ids: [otherId, here].sort() }, by: true },
          {
            before: { sales_channel_ids: [], sales_channels_restricted: false },
            after: { sales_channel_ids: [otherId], sales_channels_restricted: true },
            by: true,
          },
        ])
      })

      it("a quote for a cart decides in the cart's channel, as the add does, not in the request key's", async () => {
        const other = await seedOtherSalesChannel(getContainer(), seeded)
        await setAvailability({ sales_channel_ids: [seeded.salesChannel.id] })
        const cartId = (await api.post("/store/carts", { region_id: eurId }, other.storeHeaders)).data.cart.id

        expect(await rejection(guest().routines.quote(ROUTINE, { cart_id: cartId }))).toMatchObject({ status: 404 })
        expect(await rejection(guest().cart.addBundle(cartId, { routine_id: ROUTINE }))).toMatchObject({ status: 404 })
      })

      it("deleting the only linked channel closes the routine in every channel; the checklist says so", async () => {
        const other = await seedOtherSalesChannel(getContainer(), seeded)
        await setAvailability({ sales_channel_ids: [other.salesChannel.id] })
        const page = (headers: typeof seeded.storeHeaders) => get(`/store/routines/${ROUTINE}?region_id=${eurId}`, headers)
        expect((await page(other.storeHeaders)).status).toEqual(200)
        expect((await page(seeded.storeHeaders)).status).toEqual(404)
        const deleted = await api.delete(`/admin/sales-channels/${other.salesChannel.id}`, admin).catch((e: any) => e.response)
        expect(deleted.status).toEqual(200)

        // Core removed the routine's links with the channel (and the key's): nothing linked is left, and
        // still no channel sells it, where an empty list used to mean every channel.
        expect(await offered()).toEqual(NOWHERE)
        expect((await readiness()).availability).toMatchObject({
          status: "warning",
          detail: "Sold only in a sales channel that no longer exists: pick another or sell in every channel.",
        })
        await setAvailability({ sales_channel_ids: [] })
        expect(await offered()).toEqual(EVERYWHERE)
      })
    })

    describe("customer groups", () => {
      it("a signed-out cart naming a member's email gets no members' routine; the member signed in does", async () => {
        const vip = await newGroup("VIP")
        await setAvailability({ customer_group_ids: [vip] })
        const insider = await member("borrowed@routine.test", vip)
        // Core's POST /store/carts makes the registered member the cart's customer for a signed-out request.
        const { data } = await api.post("/store/carts", { region_id: eurId, email: "borrowed@routine.test" }, seeded.storeHeaders)
        expect(data.cart.customer_id).toEqual(insider.id)
        const cartId = data.cart.id

        expect(await rejection(guest().routines.quote(ROUTINE, { cart_id: cartId }))).toMatchObject({ status: 404 })
        expect(await rejection(guest().cart.addBundle(cartId, { routine_id: ROUTINE }))).toMatchObject({ status: 404 })
        expect((await get(`/store/routines/${ROUTINE}?cart_id=${cartId}`)).status).toEqual(404)
        expect((await get(`/store/routines?cart_id=${cartId}`)).data.routines).toEqual([])
        expect(await cartItems(cartId)).toEqual([])

        const signedIn = storeClient(api, seeded.publishableKey.token, insider.token).bundles
        expect((await signedIn.routines.quote(ROUTINE, { cart_id: cartId })).quote.routine_id).toEqual(seeded.routine.id)
        expect((await signedIn.cart.addBundle(cartId, { routine_id: ROUTINE })).routine_bundles).toHaveLength(1)
      })

      it("deleting the only linked group closes the routine to everyone, and the admin and checklist say so", async () => {
        const vip = await newGroup("VIP")
        await setAvailability({ customer_group_ids: [vip] })
        const insider = await member("orphan@routine.test", vip)
        await api.delete(`/admin/customer-groups/${vip}`, admin)

        expect(await offered()).toEqual(NOWHERE)
        expect(await offered(insider.headers, insider.token)).toEqual(NOWHERE)
        const note = "Sold only to customers in a group that no longer exists: pick another or sell to everyone."
        expect((await readiness()).availability).toMatchObject({ status: "warning", detail: note })
        expect((await api.get(`/admin/routines/${seeded.routine.id}/availability`, admin)).data.availability).toMatchObject({
          customer_groups: [],
          customer_groups_restricted: true,
        })

        await setAvailability({ customer_group_ids: [] })
        expect(await offered()).toEqual(EVERYWHERE)
      })

      it("sold only to members: a guest and a shopper of another group are refused, a member buys it", async () => {
        const vip = await newGroup("VIP")
        await setAvailability({ customer_group_ids: [vip] })
        expect((await readiness()).availability.detail).toEqual("Sold only for customers in VIP.")

        expect(await offered()).toEqual(NOWHERE)
        const outsider = await member("outsider@routine.test", await newGroup("Newsletter"))
        expect(await offered(outsider.headers, outsider.token)).toEqual(NOWHERE)
        const insider = await member("insider@routine.test", vip)
        expect(await offered(insider.headers, insider.token)).toEqual(EVERYWHERE)
      })

      it("a bundle whose shopper left the group keeps its terms to checkout: no new quote, add or edit", async () => {
        const vip = await newGroup("VIP")
        await setAvailability({ customer_group_ids: [vip] })
        const insider = await member("leaver@routine.test", vip)
        const { bundles } = storeClient(api, seeded.publishableKey.token, insider.token)
        const cartId = await createCheckoutCart(api, seeded, eurId)
        await api.post(`/store/carts/${cartId}/customer`, {}, insider.headers)
        const { routine_bundles: [bundle] } = await bundles.cart.addBundle(cartId, { routine_id: ROUTINE })

        await api.post(`/admin/customer-groups/${vip}/customers`, { remove: [insider.id] }, admin)
        expect(await rejection(bundles.routines.quote(ROUTINE, { cart_id: cartId }))).toMatchObject({ status: 404 })
        expect(await rejection(bundles.cart.addBundle(cartId, { routine_id: ROUTINE }))).toMatchObject({ status: 404 })
        const edit = await rejection(bundles.cart.updateBundle(cartId, bundle.id, { quantity: 2 }))
        expect(edit).toMatchObject({ status: 409, type: "conflict" })
        expect((await bundles.cart.listBundles(cartId)).routine_bundles).toEqual([
          expect.objectContaining({ id: bundle.id, quantity: 1, total: 95.62 }),
        ])

        await prepareForCompletion(api, seeded, cartId)
        const { data } = await complete(api, seeded, cartId)
        expect(data.type).toEqual("order")
        expect(data.order.item_total).toEqual(95.62)
      })

      it("a guest's cart taken over by a member at sign-in (cart transfer) can then take a members' routine", async () => {
        const vip = await newGroup("VIP")
        await setAvailability({ customer_group_ids: [vip] })
        const cartId = await createCheckoutCart(api, seeded, eurId)
        expect(await rejection(guest().cart.addBundle(cartId, { routine_id: ROUTINE }))).toMatchObject({ status: 404 })

        const insider = await member("signin@routine.test", vip)
        await api.post(`/store/carts/${cartId}/customer`, {}, insider.headers)
        const { routine_bundles } = await storeClient(api, seeded.publishableKey.token, insider.token).bundles.cart.addBundle(
          cartId,
          { routine_id: ROUTINE }
        )
        expect(routine_bundles).toHaveLength(1)
      })
    })

    describe("POST /admin/routines/:id/availability", () => {
      it("refuses a bad body with 400 naming the field, unknown ids with 404, and changes nothing", async () => {
        const vip = await newGroup("VIP")
        await setAvailability({ customer_group_ids: [vip] })
        const before = (await api.get(`/admin/routines/${seeded.routine.id}/availability`, admin)).data

        const notList = await setAvailability({ sales_channel_ids: "sc_1" })
        expect(notList.status).toEqual(400)
        expect(notList.data.message).toContain("sales_channel_ids")
        const unknownKey = await setAvailability({ regions: [] })
        expect(unknownKey.status).toEqual(400)
        expect(unknownKey.data.message).toContain("regions")

        const unknownChannel = await setAvailability({ sales_channel_ids: [seeded.salesChannel.id, "sc_missing"], customer_group_ids: [] })
        expect(unknownChannel.status).toEqual(404)
        expect(unknownChannel.data.message).toEqual("Sales channel with id: sc_missing was not found")
        const unknownGroup = await setAvailability({ customer_group_ids: ["cusgroup_missing"] })
        expect(unknownGroup.status).toEqual(404)
        expect(unknownGroup.data.message).toEqual("Customer group with id: cusgroup_missing was not found")
        expect((await setAvailability({ customer_group_ids: [] }, "rtn_missing")).status).toEqual(404)
        expect((await api.get("/admin/routines/rtn_missing/availability", admin).catch((e: any) => e.response)).status).toEqual(404)

        expect((await api.get(`/admin/routines/${seeded.routine.id}/availability`, admin)).data).toEqual(before)
      })

      it("a deleted routine takes its channels and groups with it", async () => {
        const vip = await newGroup("VIP")
        await setAvailability({ customer_group_ids: [vip] })
        const links = async () => {
          const { data: [group] } = await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "customer_group", fields: ["id", "routines.id"], filters: { id: vip } })
          return (group.routines ?? []).filter(Boolean).map((r: { id: string }) => r.id)
        }
        expect(await links()).toEqual([seeded.routine.id])
        await api.delete(`/admin/routines/${seeded.routine.id}`, admin)
        expect(await links()).toEqual([])
      })
    })

    describe("the routine page cache", () => {
      const pageUrl = () => `/store/routines/${ROUTINE}?region_id=${eurId}`
      const read = async (headers = seeded.storeHeaders) => {
        const response = await get(pageUrl(), headers)
        return { status: response.status, cache: response.headers["x-routine-cache"] }
      }

      it("is keyed by the channel: a page cached for one key is never served through another channel's key", async () => {
        const other = await seedOtherSalesChannel(getContainer(), seeded)
        await setAvailability({ sales_channel_ids: [seeded.salesChannel.id] })
        expect((await read()).cache).toEqual("miss")
        expect((await read()).cache).toEqual("hit")
        expect((await read(other.storeHeaders)).status).toEqual(404)
        // And a change of who may buy it is seen at once.
        await setAvailability({ sales_channel_ids: [other.salesChannel.id] })
        expect((await read()).status).toEqual(404)
        expect(await read(other.storeHeaders)).toEqual({ status: 200, cache: "miss" })
      })

      it("a members' page is never served to a guest, though a member read it first", async () => {
        const vip = await newGroup("VIP")
        await setAvailability({ customer_group_ids: [vip] })
        const insider = await member("cached-member@routine.test", vip)
        expect(await read(insider.headers)).toEqual({ status: 200, cache: "bypass" })
        expect((await read()).status).toEqual(404)
        expect((await read()).status).toEqual(404)
      })

      it("expires at the routine's end: a page cached while live is not served after it", async () => {
        // Ten seconds of life leave room for two reads on a busy machine (an
        // entry lives the whole seconds left); the exact expiry is unit-tested
        // with a clock (routine-page-cache-ttl.unit.spec.ts).
        const end = Date.now() + 10_000
        await editRoutine({ ends_at: new Date(end).toISOString() })
        expect(await read()).toEqual({ status: 200, cache: "miss" })
        expect(await read()).toEqual({ status: 200, cache: "hit" })
        await sleep(end + 500 - Date.now())
        expect((await read()).status).toEqual(404)
      })
    })
  },
})
