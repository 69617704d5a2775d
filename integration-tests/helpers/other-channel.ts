import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type { seedStore } from "./store"

type Seeded = Awaited<ReturnType<typeof seedStore>>

/**
 * A second storefront next to the demo one: its own sales channel and
 * publishable key, and one product sold only there, yet linked as a
 * candidate of the demo routine's first step and to every symptom. Whatever a
 * request of the demo storefront does, this product must never show up in it.
 */
export const seedOtherSalesChannel = async (
  container: MedusaContainer,
  seeded: Seeded
) => {
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Other Storefront" }] },
  })
  const {
    result: [publishableKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: "Other Storefront", type: "publishable", created_by: "" }],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: publishableKey.id, add: [salesChannel.id] },
  })

  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Other Storefront Cleanser",
          handle: "other-storefront-cleanser",
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: seeded.shippingProfile.id,
          options: [{ title: "Format", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              sku: "OTHER-STOREFRONT-CLEANSER",
              options: { Format: "Standard" },
              manage_inventory: false,
              prices: [
                { currency_code: "eur", amount: 1 },
                { currency_code: "usd", amount: 1 },
              ],
            },
          ],
          sales_channels: [{ id: salesChannel.id }],
        },
      ],
    },
  })

  const firstStep = [...seeded.routine.steps].sort((a, b) => a.position - b.position)[0]
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create([
    {
      [ROUTINE_MODULE]: { care_step_id: firstStep.id },
      [Modules.PRODUCT]: { product_id: product.id },
      // Ranked first and the default: only the channel filter keeps it out.
      data: { is_default: true, rank: -1 },
    },
    ...seeded.symptoms.map((symptom) => ({
      [ROUTINE_MODULE]: { symptom_id: symptom.id },
      [Modules.PRODUCT]: { product_id: product.id },
    })),
  ])

  return {
    salesChannel,
    publishableKey,
    product: { id: product.id, variantId: product.variants[0].id },
    firstStep,
    storeHeaders: {
      headers: { "x-publishable-api-key": publishableKey.token },
    },
  }
}
