import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** An unknown id is a 404 worded like the workflows' ("Symptom id not found"). */
export const refetchSymptom = async (
  id: string,
  scope: MedusaContainer,
  fields: string[]
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [symptom],
  } = await query.graph(
    { entity: "symptom", fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return symptom
}
