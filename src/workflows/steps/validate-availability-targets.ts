import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateAvailabilityTargetsInput = {
  sales_channel_ids?: string[]
  customer_group_ids?: string[]
}

export const validateAvailabilityTargetsStepId = "validate-availability-targets"

/** Refuses (404, naming them) sales channels or customer groups that do not exist. Reads only. */
export const validateAvailabilityTargetsStep = createStep(
  validateAvailabilityTargetsStepId,
  async (input: ValidateAvailabilityTargetsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const targets = [
      { entity: "sales_channel", ids: input.sales_channel_ids ?? [], name: "Sales channel" },
      { entity: "customer_group", ids: input.customer_group_ids ?? [], name: "Customer group" },
    ]
    for (const { entity, ids, name } of targets) {
      if (!ids.length) continue
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id: ids } })
      const unknown = ids.filter((id) => !(data as { id: string }[]).some((row) => row.id === id))
      if (unknown.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `${name} with id: ${unknown.join(", ")} was not found`)
      }
    }
  }
)
