import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/**
 * Reads one routine with the requested fields, its steps ordered by position.
 */
export const refetchRoutine = async (
  id: string,
  scope: MedusaContainer,
  fields: string[]
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [routine],
  } = await query.graph({
    entity: "routine",
    fields,
    filters: { id },
    pagination: { order: { steps: { position: "ASC" } } },
  })
  if (!routine) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Routine with id "${id}" not found`
    )
  }
  return routine
}
