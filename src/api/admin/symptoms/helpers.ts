import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export const refetchSymptom = async (
  id: string,
  scope: MedusaContainer,
  fields: string[]
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [symptom],
  } = await query.graph({ entity: "symptom", fields, filters: { id } })
  if (!symptom) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Symptom with id "${id}" not found`
    )
  }
  return symptom
}
