import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import type { Seeded } from "./bundle-cart"

type RoutineFixture = {
  handle: string
  status: "draft" | "published"
  discount:
    | { type: "percentage"; value: number }
    | { type: "fixed"; amounts: Record<string, number> }
  steps: { handle: string; optional?: boolean; products: string[] }[]
}

/**
 * A small extra routine beside the demo one, written straight into the
 * module and links as the seed does. The first product of a step is its
 * default.
 */
export const createRoutineFixture = async (
  container: MedusaContainer,
  seeded: Seeded,
  fixture: RoutineFixture
) => {
  const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const routine = await service.createRoutines({
    handle: fixture.handle,
    title: fixture.handle,
    status: fixture.status,
    discount_type: fixture.discount.type,
    discount_value: fixture.discount.type === "percentage" ? fixture.discount.value : 0,
  })
  const steps = await service.createCareSteps(
    fixture.steps.map((step, index) => ({
      routine_id: routine.id,
      position: index + 1,
      handle: step.handle,
      title: step.handle,
      optional: !!step.optional,
    }))
  )
  if (fixture.discount.type === "fixed") {
    await service.createRoutineDiscountAmounts(
      Object.entries(fixture.discount.amounts).map(([currency_code, amount]) => ({
        routine_id: routine.id,
        currency_code,
        amount,
      }))
    )
  }
  const productId = (handle: string) =>
    seeded.products.find((p) => p.handle === handle)!.id
  await link.create(
    fixture.steps.flatMap((step, s) =>
      step.products.map((handle, rank) => ({
        [ROUTINE_MODULE]: { care_step_id: steps[s].id },
        [Modules.PRODUCT]: { product_id: productId(handle) },
        data: { is_default: rank === 0, rank },
      }))
    )
  )
  return { routine, steps }
}

/** Headers of a publishable key whose only sales channel sells nothing. */
export const otherChannelHeaders = async (container: MedusaContainer) => {
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Other channel" }] },
  })
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: "Other storefront", type: "publishable", created_by: "" }],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [channel.id] },
  })
  return { headers: { "x-publishable-api-key": key.token } }
}

export const variantOf = (seeded: Seeded, handle: string) =>
  seeded.products.find((p) => p.handle === handle)!.variants![0]!.id
