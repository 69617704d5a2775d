import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/integration-runner"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { buildRoutineBundleWorkflow } from "../../src/workflows/build-routine-bundle"
import { recordOrderRoutineBundlesWorkflow } from "../../src/workflows/record-order-routine-bundles"
import { createAdminHeaders } from "../helpers/admin"
import { CART_FIELDS, cents, createCart, getCart, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { variantOf } from "../helpers/bundle-fixtures"
import { complete, createCheckoutCart, prepareForCompletion } from "../helpers/checkout"
import { rejection, storeClient } from "../helpers/client"
import { eventually } from "../helpers/eventually"
import { invariantProblems } from "../helpers/invariant"
import { seedStore } from "../helpers/store"

jest.setTimeout(180 * 1000)

// A routineBundleBuilt handler that tries to change the money; switched on by one test.
let forgeQuote = false
buildRoutineBundleWorkflow.hooks.routineBundleBuilt(async ({ bundle }) => {
  if (!forgeQuote) return
  return new StepResponse({
    ...bundle,
    total: 1,
    discount_total: 111.5,
    items: bundle.items.map((item) => ({ ...item, discounted_unit_price: 0.2, total: 0.2 })),
  })
})

const REGULAR = { milk: 14.9, probiotic: 19.9 }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let eurId: string
    let usdId: string
    const client = () => storeClient(api, seeded.publishableKey.token).bundles

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      eurId = regionOf(seeded, "eur").id
      usdId = regionOf(seeded, "usd").id
    })

    describe("one invariant, whatever the shopper sends", () => {
      it("two identical region changes at once leave the cart one would: one bundle, its id kept, at the new quote", async () => {
        const cart = await createCart(api, seeded)
        const { routine_bundles: [before] } = await client().cart.addBundle(cart.id, { routine_id: ROUTINE })
        const change = () =>
          api.post(`/store/carts/${cart.id}?${CART_FIELDS}`, { region_id: usdId }, seeded.storeHeaders)
        const responses = await Promise.all([change(), change()])
        expect(responses.map((r) => r.status)).toEqual([200, 200])

        const { routine_bundles } = await client().cart.listBundles(cart.id)
        expect(routine_bundles.map((b) => b.id)).toEqual([before.id])
        const { quote } = await client().routines.quote(ROUTINE, { region_id: usdId })
        expect(routine_bundles[0]).toMatchObject({ currency_code: "usd", total: quote.total })
        const final = await getCart(api, seeded, cart.id)
        expect(final.items).toHaveLength(5)
        expect(final.total).toEqual(quote.total)
        expect(await invariantProblems(getContainer(), cart.id)).toEqual([])
      })

      it("wiping a bundle line's metadata changes nothing; raising its quantity ends the bundle and the shopper pays the regular price", async () => {
        const cartId = await createCheckoutCart(api, seeded, eurId)
        const { routine_bundles: [bundle] } = await client().cart.addBundle(cartId, { routine_id: ROUTINE })
        const probiotic = bundle.items.find((i) => i.step.handle === "support-from-inside")!

        const wiped = await api.post(
          `/store/carts/${cartId}/line-items/${probiotic.line_item_id}?${CART_FIELDS}`,
          { quantity: 1, metadata: null },
          seeded.storeHeaders
        )
        expect(wiped.status).toEqual(200)
        expect((await client().cart.listBundles(cartId)).routine_bundles.map((b) => b.id)).toEqual([bundle.id])

        const raised = await api.post(
          `/store/carts/${cartId}/line-items/${probiotic.line_item_id}?${CART_FIELDS}`,
          { quantity: 10 },
          seeded.storeHeaders
        )
        const line = raised.data.cart.items.find((l: any) => l.id === probiotic.line_item_id)
        expect(line).toMatchObject({ quantity: 10, unit_price: REGULAR.probiotic, is_custom_price: false })
        expect((await client().cart.listBundles(cartId)).routine_bundles).toEqual([])
        expect(await invariantProblems(getContainer(), cartId)).toEqual([])

        await prepareForCompletion(api, seeded, cartId)
        const { data } = await complete(api, seeded, cartId)
        expect(data.type).toEqual("order")
        // 14.90 + 24.90 + 29.90 + 22.90 + 10 × 19.90, no bundle price left.
        expect(cents(data.order.item_total)).toEqual(cents(14.9 + 24.9 + 29.9 + 22.9) + 10 * 1990)
      })

      it("puts a custom-priced line no bundle claims back to its regular price at the next cart change", async () => {
        const cart = await createCart(api, seeded)
        await client().cart.addBundle(cart.id, { routine_id: ROUTINE })
        // Another plugin (or a bug) leaves a custom-priced line behind, with forged bundle metadata.
        await addToCartWorkflow(getContainer()).run({
          input: {
            cart_id: cart.id,
            items: [
              {
                variant_id: variantOf(seeded, "moisturising-cleansing-milk"),
                quantity: 3,
                unit_price: 1,
                metadata: { routine_bundle_id: "rbndl_forged" },
              },
            ],
          },
        })
        expect(await invariantProblems(getContainer(), cart.id)).toEqual([
          expect.stringContaining("has a custom price but belongs to no bundle"),
        ])
        const { data } = await api.post(
          `/store/carts/${cart.id}?${CART_FIELDS}`,
          { email: "shopper@routine.test" },
          seeded.storeHeaders
        )
        const orphan = data.cart.items.find((l: any) => l.quantity === 3)
        expect(orphan).toMatchObject({ unit_price: REGULAR.milk, is_custom_price: false })
        expect(cents(data.cart.item_total)).toEqual(9562 + 3 * 1490)
        expect(await invariantProblems(getContainer(), cart.id)).toEqual([])
      })

      it("a routineBundleBuilt handler can change the picks, never the money", async () => {
        const cart = await createCart(api, seeded)
        forgeQuote = true
        const added = await client()
          .cart.addBundle(cart.id, { routine_id: ROUTINE })
          .finally(() => (forgeQuote = false))
        expect(added.routine_bundles[0].total).toEqual(95.62)
        expect(added.cart.total).toEqual(95.62)
      })
    })

    describe("every completion path is checked", () => {
      const tamper = async (lineId: string) =>
        getContainer().resolve(Modules.CART).updateLineItems(lineId, { unit_price: 1 })

      it("completeCartWorkflow itself (what payment webhooks run) refuses a cart whose bundle line was tampered with", async () => {
        const cartId = await createCheckoutCart(api, seeded, eurId)
        const { routine_bundles: [bundle] } = await client().cart.addBundle(cartId, { routine_id: ROUTINE })
        await prepareForCompletion(api, seeded, cartId)
        await tamper(bundle.items[0].line_item_id)

        const { errors } = await completeCartWorkflow(getContainer()).run({
          input: { id: cartId },
          throwOnError: false,
        })
        expect(errors[0].error).toMatchObject({ type: MedusaError.Types.INVALID_DATA })
        expect(errors[0].error.message).toContain(`line ${bundle.items[0].line_item_id} costs 1, not 12.67`)
        const after = await getCart(api, seeded, cartId)
        expect(after.completed_at ?? null).toBeNull()
      })

      it("completion over HTTP settles a tampered bundle first: the order is placed at regular prices", async () => {
        const cartId = await createCheckoutCart(api, seeded, eurId)
        const { routine_bundles: [bundle] } = await client().cart.addBundle(cartId, { routine_id: ROUTINE })
        await prepareForCompletion(api, seeded, cartId)
        await tamper(bundle.items[0].line_item_id)

        // The refresh changed the total, so Medusa dropped the payment session
        // (its amount no longer matched): the shopper pays the new total.
        const refused = await complete(api, seeded, cartId)
        expect(refused.data.message).toEqual("Payment sessions are required to complete cart")
        expect(await invariantProblems(getContainer(), cartId)).toEqual([])
        await prepareForCompletion(api, seeded, cartId)
        const { data } = await complete(api, seeded, cartId)
        expect(data.type).toEqual("order")
        expect(cents(data.order.item_total)).toEqual(11250)
      })

      it("an order whose cart broke the rules is flagged for the merchant, with an event", async () => {
        const admin = await createAdminHeaders(api, getContainer())
        const cartId = await createCheckoutCart(api, seeded, eurId)
        const { routine_bundles: [bundle] } = await client().cart.addBundle(cartId, { routine_id: ROUTINE })
        await prepareForCompletion(api, seeded, cartId)
        const { data } = await complete(api, seeded, cartId)
        await eventually(async () => {
          const { data: honest } = await api.get(`/admin/orders/${data.order.id}/routine-bundles`, admin)
          expect(honest.routine_bundles[0].items[0].order_line_item_id).toEqual(expect.any(String))
          expect(honest.flags).toEqual([])
        })

        // As if the completion check had been turned off: a cart line changed after the fact.
        await getContainer().resolve(Modules.CART).updateLineItems(bundle.items[1].line_item_id, { quantity: 7 })
        const flagged: string[] = []
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        eventBus.subscribe("routine_bundle.order_flagged", async ({ data }: any) => {
          flagged.push(data.order_id)
        })
        await getContainer().resolve<RoutineModuleService>(ROUTINE_MODULE).deleteRoutineOrderFlags({ order_id: data.order.id })
        const { result } = await recordOrderRoutineBundlesWorkflow(getContainer()).run({
          input: { order_id: data.order.id },
        })
        expect(result.problems).toEqual(
          expect.arrayContaining([expect.stringContaining("has quantity 7, not 1")])
        )
        const { data: shown } = await api.get(`/admin/orders/${data.order.id}/routine-bundles`, admin)
        expect(shown.flags).toEqual([expect.objectContaining({ problems: result.problems })])
        await eventually(async () => expect(flagged).toEqual([data.order.id]))
      })
    })

    describe("bad input changes nothing", () => {
      /** JSON nested `depth` deep, written as text: client libraries walk objects recursively themselves. */
      const deepJson = (depth: number) =>
        `{"routine_id":"${ROUTINE}","region_id":"${eurId}","symptoms":${'{"a":'.repeat(depth)}"x"${"}".repeat(depth)}}`

      it.each([
        ["/store/routines/barrier-restoration/quote"],
        ["/store/carts/CART/routine-bundles"],
      ])("JSON nested 5,000 deep is a 400 naming the limit on POST %s", async (route) => {
        const cart = await createCart(api, seeded)
        const response = await fetch(`${api.defaults.baseURL}${route.replace("CART", cart.id)}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...seeded.storeHeaders.headers },
          body: deepJson(5000),
        })
        const body = await response.json()
        expect(body).toMatchObject({ type: "invalid_data" })
        expect(response.status).toEqual(400)
        expect(body.message).toContain("nested more than 32 levels")
        expect((await client().cart.listBundles(cart.id)).routine_bundles).toEqual([])
      })

      it("a bundle edit that cannot be completed is a 409 with the steps, and the bundle stays as it was", async () => {
        const cart = await createCart(api, seeded)
        const { routine_bundles: [bundle] } = await client().cart.addBundle(cart.id, { routine_id: ROUTINE })
        const error = await rejection(client().cart.updateBundle(cart.id, bundle.id, { quantity: 55 }))
        expect(error).toMatchObject({ status: 409, type: "conflict" })
        expect(error.message).toContain('step "soothe-and-repair"')
        expect(error.unavailable_steps).toEqual([
          expect.objectContaining({ handle: "soothe-and-repair", optional: false }),
        ])
        const { routine_bundles } = await client().cart.listBundles(cart.id)
        expect(routine_bundles).toEqual([bundle])
      })
    })
  },
})
