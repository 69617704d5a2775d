import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storefrontUrl } from "./storefront-url"

/**
 * Reads one routine with the requested fields, its steps ordered by position,
 * and, when its handle is among them, its `storefront_url` ("View in store").
 * An unknown id is a 404 worded like the workflows' ("Routine id not found").
 */
export const refetchRoutine = async (
  id: string,
  scope: MedusaContainer,
  fields: string[]
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [routine],
  } = await query.graph(
    {
      entity: "routine",
      fields,
      filters: { id },
      pagination: { order: { steps: { position: "ASC" } } },
    },
    { throwIfKeyNotFound: true }
  )
  return routine.handle ? { ...routine, storefront_url: await storefrontUrl(scope, routine.handle) } : routine
}
