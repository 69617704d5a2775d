import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import { seedDemoCatalog } from "../../src/scripts/seed/seed-demo-catalog"
import { seedStore } from "../helpers/store"

// Every table the seed writes to, core's and ours.
const SEEDED_TABLES = [
  "api_key",
  "care_step",
  "fulfillment_set",
  "geo_zone",
  "inventory_item",
  "inventory_level",
  "price",
  "product",
  "product_sales_channel",
  "product_variant",
  "publishable_api_key_sales_channel",
  "region",
  "region_country",
  "routine",
  "routine_care_step_product_product",
  "routine_symptom_product_product",
  "sales_channel",
  "sales_channel_stock_location",
  "service_zone",
  "shipping_option",
  "shipping_profile",
  "stock_location",
  "store_currency",
  "symptom",
  "tax_region",
]

jest.setTimeout(120 * 1000)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("demo store", () => {
      let seeded: Awaited<ReturnType<typeof seedStore>>

      beforeAll(async () => {
        seeded = await seedStore(getContainer())
      })

      it("seeds idempotently: a second run changes nothing and duplicates nothing", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const counts = async () =>
          Object.fromEntries(
            await Promise.all(
              SEEDED_TABLES.map(async (table) => {
                const { rows } = await knex.raw(
                  `select count(*)::int as n from ?? where deleted_at is null`,
                  [table]
                )
                return [table, rows[0].n]
              })
            )
          )
        const before = await counts()
        const again = await seedDemoCatalog(getContainer())
        expect(await counts()).toEqual(before)
        expect(before).toMatchObject({
          product: 11,
          region: 2,
          symptom: 5,
          care_step: 5,
          routine: 1,
          routine_care_step_product_product: 11,
          routine_symptom_product_product: 26,
          inventory_level: 11,
          shipping_option: 2,
        })
        expect(again.publishableKey.token).toEqual(seeded.publishableKey.token)
        expect(again.routine.id).toEqual(seeded.routine.id)
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
