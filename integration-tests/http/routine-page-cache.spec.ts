import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import { regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { registerCustomer } from "../helpers/customer"
import { eventually } from "../helpers/eventually"
import { seedStore } from "../helpers/store"
import { invalidateRoutinePages } from "../../src/workflows/utils/routine-page-cache"

jest.setTimeout(120 * 1000)

// On, as in a store (integration-tests/setup.js turns it off for the other suites).
process.env.ROUTINE_PAGE_CACHE_TTL_SECONDS = "300"

/**
 * The store's routine page is cached (Medusa's cache module, on by default):
 * every change that alters the page is seen by the reads after it. Changes
 * made by the plugin's workflows invalidate before they answer; Medusa's own
 * changes through their events, moments later (hence `eventually`).
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let pageUrl: string

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      admin = await createAdminHeaders(api, getContainer())
      pageUrl = `/store/routines/${ROUTINE}?region_id=${regionOf(seeded, "eur").id}`
    })

    // The runner restores the database before each test behind Medusa's
    // back (no events), so the cache is emptied with it.
    beforeEach(() => invalidateRoutinePages(getContainer()))

    type Page = { routine: any; cache: string }
    const read = async (headers = seeded.storeHeaders): Promise<Page> => {
      const response = await api.get(pageUrl, headers)
      return { routine: response.data.routine, cache: response.headers["x-routine-cache"] }
    }
    /** A read that is served from the cache: the next read after it must see the change. */
    const warm = async () => {
      await read()
      const cached = await read()
      expect(cached.cache).toEqual("hit")
      return cached.routine
    }
    const stepOf = (routine: any, handle: string) => routine.steps.find((s: any) => s.handle === handle)
    const productOf = (routine: any, handle: string) =>
      routine.steps.flatMap((s: any) => s.products).find((p: any) => p.handle === handle)
    const productId = (handle: string) => seeded.products.find((p) => p.handle === handle)!.id
    const variantOf = async (handle: string) =>
      (await api.get(`/admin/products/${productId(handle)}?fields=*variants`, admin)).data.product.variants[0]
    const eurAmount = (routine: any, handle: string) => productOf(routine, handle).variants[0].calculated_price.calculated_amount

    it("serves the second read from the cache, the same page, and bypasses it for a logged-in shopper", async () => {
      const first = await read()
      const second = await read()
      expect([first.cache, second.cache]).toEqual(["miss", "hit"])
      expect(second.routine).toEqual(first.routine)

      const shopper = await registerCustomer(api, seeded, "cached@example.com")
      expect((await read(shopper.headers)).cache).toEqual("bypass")
    })

    describe("the plugin's changes: the next read sees them", () => {
      it("a routine's offer", async () => {
        expect((await warm()).discount_tiers).toHaveLength(3)
        const { status } = await api.post(
          `/admin/routines/${seeded.routine.id}`,
          { title: "Barrier Routine", discount_tiers: [{ min_steps: 5, percentage: 20 }] },
          admin
        )
        expect(status).toEqual(200)
        const next = await read()
        expect(next.cache).toEqual("miss")
        expect(next.routine).toMatchObject({ title: "Barrier Routine", discount_tiers: [{ min_steps: 5, percentage: 20 }] })
      })

      it("a step's guidance", async () => {
        const step = stepOf(await warm(), "gentle-cleansing")
        await api.post(`/admin/routines/${seeded.routine.id}/steps/${step.id}`, { guidance: "Lukewarm water only." }, admin)
        expect(stepOf((await read()).routine, "gentle-cleansing").guidance).toEqual("Lukewarm water only.")
      })

      it("a step's candidate products", async () => {
        const routine = await warm()
        const step = stepOf(routine, "moisturise-and-protect")
        expect(productOf(routine, "arctic-face-cream")).toBeDefined()
        await api.post(
          `/admin/routines/${seeded.routine.id}/steps/${step.id}/products`,
          { remove: [productId("arctic-face-cream")] },
          admin
        )
        expect(productOf((await read()).routine, "arctic-face-cream")).toBeUndefined()
      })

      it("a symptom's name", async () => {
        const routine = await warm()
        const symptom = productOf(routine, "moisturising-cleansing-milk").symptoms[0]
        await api.post(`/admin/symptoms/${symptom.id}`, { name: "Renamed symptom" }, admin)
        const names = productOf((await read()).routine, "moisturising-cleansing-milk").symptoms.map((s: any) => s.name)
        expect(names).toContain("Renamed symptom")
      })
    })

    describe("Medusa's changes: the reads after their event see them", () => {
      it("a product's title", async () => {
        await warm()
        await api.post(`/admin/products/${productId("arctic-face-cream")}`, { title: "Arctic Face Cream XL" }, admin)
        await eventually(async () => expect(productOf((await read()).routine, "arctic-face-cream").title).toEqual("Arctic Face Cream XL"))
      })

      it("a product unpublished", async () => {
        await warm()
        await api.post(`/admin/products/${productId("arctic-face-cream")}`, { status: "draft" }, admin)
        await eventually(async () => expect(productOf((await read()).routine, "arctic-face-cream")).toBeUndefined())
      })

      it("a product taken out of the sales channel", async () => {
        await warm()
        await api.post(`/admin/sales-channels/${seeded.salesChannel.id}/products`, { remove: [productId("arctic-face-cream")] }, admin)
        await eventually(async () => expect(productOf((await read()).routine, "arctic-face-cream")).toBeUndefined())
      })

      it("a variant's price", async () => {
        expect(eurAmount(await warm(), "arctic-face-cream")).toEqual(25.9)
        const variant = await variantOf("arctic-face-cream")
        await api.post(
          `/admin/products/${productId("arctic-face-cream")}/variants/${variant.id}`,
          { prices: [{ currency_code: "eur", amount: 27.5 }, { currency_code: "usd", amount: 30.25 }] },
          admin
        )
        await eventually(async () => expect(eurAmount((await read()).routine, "arctic-face-cream")).toEqual(27.5))
      })

      it("a sale price list", async () => {
        await warm()
        const variant = await variantOf("arctic-face-cream")
        await api.post(
          "/admin/price-lists",
          {
            title: "Winter sale",
            description: "Face creams",
            type: "sale",
            status: "active",
            prices: [{ variant_id: variant.id, currency_code: "eur", amount: 19.9 }],
          },
          admin
        )
        await eventually(async () => expect(eurAmount((await read()).routine, "arctic-face-cream")).toEqual(19.9))
      })

      it("a sale price list that starts later: the cached page expires when it starts", async () => {
        await warm()
        const variant = await variantOf("arctic-face-cream")
        // The server keys on the wall clock (the entry's lifetime ends at the sale's
        // start), so the test has to wait for that moment: no event announces it.
        // The reads before the start must be answered before it; on a machine too
        // slow for the margin, the sale tells nothing, so it is removed and started
        // again with twice the margin: the outcome never depends on the machine's speed.
        for (const marginMs of [5_000, 10_000, 20_000, 40_000, 80_000]) {
          const startsAt = new Date(Date.now() + marginMs)
          const { data } = await api.post(
            "/admin/price-lists",
            {
              title: "Flash sale",
              description: "Starts in a few seconds",
              type: "sale",
              status: "active",
              starts_at: startsAt.toISOString(),
              prices: [{ variant_id: variant.id, currency_code: "eur", amount: 18.9 }],
            },
            admin
          )
          // Its creation is an event too: the page cached before it is dropped (a
          // miss, read from the new data), then re-read and kept until the sale starts.
          await eventually(async () => expect((await read()).cache).toEqual("miss"))
          await eventually(async () => expect((await read()).cache).toEqual("hit"))
          const before = await read()
          if (Date.now() >= startsAt.getTime()) {
            await api.delete(`/admin/price-lists/${data.price_list.id}`, admin)
            await invalidateRoutinePages(getContainer())
            continue
          }
          expect(eurAmount(before.routine, "arctic-face-cream")).toEqual(25.9)

          await new Promise((resolve) => setTimeout(resolve, Math.max(0, startsAt.getTime() - Date.now())))
          // Expired at the start, not at the end of its 300 s lifetime: a read soon after
          // the start shows the sale (the deadline, well under 300 s, only bounds a hang).
          await eventually(async () => expect(eurAmount((await read()).routine, "arctic-face-cream")).toEqual(18.9), {
            timeoutMs: 60_000,
          })
          return
        }
        throw new Error("Even with an 80 s margin, the reads before the sale's start were answered after it")
      }, 300_000)

      it("stock", async () => {
        const routine = await warm()
        const variant = productOf(routine, "arctic-face-cream").variants[0]
        expect(variant.inventory_quantity).toEqual(30)
        const { data } = await api.get(`/admin/inventory-items?sku=${encodeURIComponent(variant.sku)}&fields=*location_levels`, admin)
        const [item] = data.inventory_items
        const level = item.location_levels[0]
        await api.post(`/admin/inventory-items/${item.id}/location-levels/${level.location_id}`, { stocked_quantity: 4 }, admin)
        await eventually(async () =>
          expect(productOf((await read()).routine, "arctic-face-cream").variants[0].inventory_quantity).toEqual(4)
        )
      })
    })
  },
})
