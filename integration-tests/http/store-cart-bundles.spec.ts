import { integrationTestRunner } from "../helpers/integration-runner"
import type { CartRoutineBundle } from "../../src/types"
import { cents, createCart, getCart, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { variantOf } from "../helpers/bundle-fixtures"
import { rejection, storeClient } from "../helpers/client"
import { invariantProblems } from "../helpers/invariant"
import { seedStore } from "../helpers/store"

jest.setTimeout(180 * 1000)

const STEPS = ["gentle-cleansing", "nourish-microbiome", "soothe-and-repair", "moisturise-and-protect", "support-from-inside"]

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let eurId: string
    const client = () => storeClient(api, seeded.publishableKey.token).bundles

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      eurId = regionOf(seeded, "eur").id
    })

    /** One bundle in a new cart, and what the cart's total and the bundle record say. */
    const cartWithBundle = async (body: Record<string, unknown> = {}) => {
      const cart = await createCart(api, seeded)
      const added = await client().cart.addBundle(cart.id, { routine_id: ROUTINE, ...body })
      return { cartId: cart.id, bundle: added.routine_bundles[0], added }
    }
    const expectOneBundle = async (cartId: string, id: string, total: number) => {
      const { routine_bundles } = await client().cart.listBundles(cartId)
      expect(routine_bundles.map((b) => [b.id, b.total])).toEqual([[id, total]])
      expect(cents((await getCart(api, seeded, cartId)).total)).toEqual(cents(total))
      expect(await invariantProblems(getContainer(), cartId)).toEqual([])
      return routine_bundles[0]
    }

    describe("a cart's bundles as a resource", () => {
      it("lists each bundle with its routine, its items in step order and the saving, from the plugin's records", async () => {
        const { cartId, bundle, added } = await cartWithBundle({ symptoms: ["dry-flaky"] })
        expect(added.routine_bundles).toEqual([bundle])
        const { routine_bundles } = await client().cart.listBundles(cartId)
        expect(routine_bundles).toEqual([bundle])
        expect(bundle).toMatchObject({
          cart_id: cartId,
          routine: { handle: ROUTINE, title: "Barrier Restoration Routine" },
          quantity: 1,
          currency_code: "eur",
          symptoms: [{ handle: "dry-flaky", name: "Cracked, flaky skin" }],
          skipped_steps: [],
        })
        expect(bundle.items.map((i) => i.step.handle)).toEqual(STEPS)
        const [milk] = bundle.items
        expect(milk).toMatchObject({
          step: { position: 1, title: "Gentle cleansing", optional: false, guidance: expect.stringContaining("Cleanse") },
          product: { handle: "moisturising-cleansing-milk", title: expect.any(String) },
          variant: { id: variantOf(seeded, "moisturising-cleansing-milk") },
          reason: "symptoms",
          symptoms: [{ handle: "dry-flaky", name: "Cracked, flaky skin" }],
          quantity: 1,
          unit_price: 14.9,
        })
        expect(bundle.items[4].step.optional).toBe(true)
        const lineIds = added.cart.items!.map((l) => l.id).sort()
        expect(bundle.items.map((i) => i.line_item_id).sort()).toEqual(lineIds)
        // The saving is what the items cost alone minus what the bundle costs.
        expect(cents(bundle.subtotal) - cents(bundle.total)).toEqual(cents(bundle.discount_total))
        expect(bundle.items.reduce((sum, i) => sum + cents(i.total), 0)).toEqual(cents(bundle.total))
      })

      it("is a 404 for an unknown cart and needs a publishable key", async () => {
        const error = await rejection(client().cart.listBundles("cart_nope"))
        expect(error).toMatchObject({ status: 404, type: "not_found" })
        const keyless = await api.get(`/store/carts/cart_nope/routine-bundles`).catch((e) => e.response)
        expect(keyless.status).toEqual(400)
        expect(keyless.data.type).toEqual("not_allowed")
      })
    })

    describe("changing a bundle without losing it", () => {
      it("sets the number of bundles: two of the routine at exactly twice the price, then one again, same bundle", async () => {
        const { cartId, bundle } = await cartWithBundle()
        await client().cart.updateBundle(cartId, bundle.id, { quantity: 2 })
        const two = await expectOneBundle(cartId, bundle.id, 191.24)
        expect(two.items.map((i) => i.quantity)).toEqual([2, 2, 2, 2, 2])
        await client().cart.updateBundle(cartId, bundle.id, { quantity: 1 })
        await expectOneBundle(cartId, bundle.id, 95.62)
      })

      it("swaps a step's product for another candidate and re-prices the bundle exactly", async () => {
        const { cartId, bundle } = await cartWithBundle()
        const gel = variantOf(seeded, "bio-klinik-probiotic-aloe-gel")
        const { routine_bundles: [swapped] } = await client().cart.updateBundle(cartId, bundle.id, {
          selections: { "nourish-microbiome": gel },
        })
        expect(swapped.id).toEqual(bundle.id)
        const step = swapped.items.find((i) => i.step.handle === "nourish-microbiome")!
        expect(step).toMatchObject({ variant: { id: gel }, reason: "selection", unit_price: 18.9 })
        // The other steps keep their products and reasons.
        expect(swapped.items.filter((i) => i !== step).map((i) => [i.variant.id, i.reason])).toEqual(
          bundle.items.filter((i) => i.step.handle !== "nourish-microbiome").map((i) => [i.variant.id, i.reason])
        )
        // 14.90 + 18.90 + 29.90 + 22.90 + 19.90 = 106.50, 15 % = 15.975 → 15.98 off.
        await expectOneBundle(cartId, bundle.id, 90.52)
      })

      it("leaves out an optional step and takes it back, keeping the bundle", async () => {
        const { cartId, bundle } = await cartWithBundle()
        const { routine_bundles: [four] } = await client().cart.updateBundle(cartId, bundle.id, {
          skip_steps: ["support-from-inside"],
        })
        expect(four.items.map((i) => i.step.handle)).toEqual(STEPS.slice(0, 4))
        expect(four.skipped_steps.map((s) => s.handle)).toEqual(["support-from-inside"])
        // Four steps reach the 10 % tier: 92.60 − 9.26 = 83.34.
        await expectOneBundle(cartId, bundle.id, 83.34)
        const back = await client().cart.updateBundle(cartId, bundle.id, { skip_steps: [] })
        expect(back.routine_bundles[0].items.map((i) => i.step.handle)).toEqual(STEPS)
        expect(back.cart.items).toHaveLength(5)
        await expectOneBundle(cartId, bundle.id, 95.62)
      })

      it("chooses again for new symptoms", async () => {
        const { cartId, bundle } = await cartWithBundle()
        const { routine_bundles: [chosen] } = await client().cart.updateBundle(cartId, bundle.id, {
          symptoms: ["breakouts", "dry-flaky"],
        })
        expect(chosen.symptoms.map((s) => s.handle).sort()).toEqual(["breakouts", "dry-flaky"])
        expect(chosen.items.map((i) => i.reason).sort()).toEqual(["default", "fallback", "symptoms", "symptoms", "symptoms"])
        await expectOneBundle(cartId, bundle.id, 88.82)
      })

      it.each<[Record<string, unknown>, number, string]>([
        [{}, 400, "Say what to change"],
        [{ unit_price: 1 }, 400, "unit_price"],
        [{ quantity: 0 }, 400, "quantity"],
        [{ skip_steps: ["gentle-cleansing", "nourish-microbiome", "soothe-and-repair"] }, 400, "keeps at least 3 of its 5 steps"],
        [{ selections: { "nourish-microbiome": "variant_nope" } }, 400, "nourish-microbiome"],
      ])("refuses %j with %i naming %s, and changes nothing", async (body, status, named) => {
        const { cartId, bundle } = await cartWithBundle()
        const error = await rejection(client().cart.updateBundle(cartId, bundle.id, body as never))
        expect(error.status).toEqual(status)
        expect(error.message).toContain(named)
        expect((await client().cart.listBundles(cartId)).routine_bundles).toEqual([bundle])
      })

      it("is a 404 for a bundle of another cart", async () => {
        const mine = await createCart(api, seeded)
        const { bundle } = await cartWithBundle()
        const error = await rejection(client().cart.updateBundle(mine.id, bundle.id, { quantity: 2 }))
        expect(error).toMatchObject({ status: 404, type: "not_found" })
      })
    })

    describe("routine data fit for a product page", () => {
      it("adds the fields a storefront asks for, like core's fields, and drops others", async () => {
        const { routine } = await client().routines.retrieve(ROUTINE, {
          region_id: eurId,
          fields: "+steps.products.description,+steps.products.images.url",
        })
        const product = routine.steps[0].products[0] as Record<string, unknown>
        expect(product).toHaveProperty("description")
        expect(product).toHaveProperty("images")
        // Variant options come with every read (Medusa caps `fields` at three relations deep).
        expect(routine.steps[0].products[0].variants[0].options).toEqual(expect.any(Array))
        expect(routine.steps.map((s) => s.position)).toEqual([1, 2, 3, 4, 5])
        // As core's routes do, a field outside the allow-list is dropped, not served.
        const narrowed = await client().routines.retrieve(ROUTINE, { region_id: eurId, fields: "+steps.products.weight" })
        expect(narrowed.routine.steps[0].products[0]).not.toHaveProperty("weight")
      })

      it("prices a routine for a cart: its region, and the lines' context", async () => {
        const cart = await createCart(api, seeded, "usd")
        const { routine } = await client().routines.retrieve(ROUTINE, { cart_id: cart.id })
        expect(routine.steps[0].products[0].variants[0].calculated_price).toMatchObject({
          currency_code: "usd",
          calculated_amount: 16.39,
        })
      })

      it("tells a product page which routines and steps the product is in", async () => {
        const milk = seeded.products.find((p) => p.handle === "moisturising-cleansing-milk")!
        const { routine_steps } = await client().routines.ofProduct(milk.id)
        expect(routine_steps).toEqual([
          {
            routine: expect.objectContaining({ handle: ROUTINE }),
            step: expect.objectContaining({ handle: "gentle-cleansing", position: 1 }),
            is_default: true,
          },
        ])
        const unknown = await rejection(client().routines.ofProduct("prod_nope"))
        expect(unknown.status).toEqual(404)
      })
    })

    it("the order keeps the bundles of its cart for its confirmation page", async () => {
      const error = await rejection(client().orders.listBundles("order_nope"))
      expect(error).toMatchObject({ status: 404, type: "not_found" })
    })

    it("keeps one type vocabulary: what the list answers is a CartRoutineBundle", async () => {
      const { cartId } = await cartWithBundle()
      const { routine_bundles } = await client().cart.listBundles(cartId)
      const typed: CartRoutineBundle[] = routine_bundles
      expect(Object.keys(typed[0]).sort()).toEqual(
        ["cart_id", "currency_code", "discount", "discount_total", "id", "items", "quantity", "routine", "skipped_steps", "subscription_discount_percentage", "subscription_interval_weeks", "subtotal", "symptoms", "tier", "total"]
      )
    })
  },
})
