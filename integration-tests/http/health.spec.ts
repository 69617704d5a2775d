import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedStore } from "../helpers/store"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("demo store", () => {
      let seeded: Awaited<ReturnType<typeof seedStore>>

      beforeAll(async () => {
        seeded = await seedStore(getContainer())
      })

      it("serves /health", async () => {
        const response = await api.get("/health")
        expect(response.status).toEqual(200)
      })

      it("lists the catalog's products with EUR and USD prices", async () => {
        const eur = seeded.regions.find((r) => r.currency_code === "eur")!
        const usd = seeded.regions.find((r) => r.currency_code === "usd")!
        const list = (regionId: string) =>
          api.get(
            `/store/products?limit=50&region_id=${regionId}&fields=handle,*variants.calculated_price`,
            seeded.storeHeaders
          )
        const [inEur, inUsd] = await Promise.all([list(eur.id), list(usd.id)])
        expect(inEur.data.count).toEqual(11)
        const milk = (r: any) =>
          r.data.products.find(
            (p: any) => p.handle === "moisturising-cleansing-milk"
          ).variants[0].calculated_price
        expect(milk(inEur)).toMatchObject({
          currency_code: "eur",
          calculated_amount: 14.9,
        })
        expect(milk(inUsd)).toMatchObject({
          currency_code: "usd",
          calculated_amount: 16.39,
        })
      })
    })
  },
})
