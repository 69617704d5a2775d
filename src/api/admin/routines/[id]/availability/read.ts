import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminRoutineAvailability } from "../../../../../types"
import { compact } from "../../../../../workflows/utils/compact"

type Named = ({ id: string; name: string } | null)[] | null | undefined

/** The channels and groups a routine is sold to, by name, and whether each side is restricted; 404 for an unknown routine. */
export const routineAvailability = async (scope: MedusaContainer, id: string): Promise<AdminRoutineAvailability> => {
  const { data: [routine] } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "routine",
    fields: [
      "id",
      "sales_channels_restricted",
      "customer_groups_restricted",
      "sales_channels.id", 
      "sales_channels.name",
      "customer_groups.id",
      "customer_groups.name",
    ],
    filters: { id },
  })
  if (!routine) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Routine with id: ${id} was not found`)
  }
  const byName = (linked: Named) =>
    compact(linked ?? [])
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name))
  return {
    sales_channels: byName(routine.sales_channels as Named),
    customer_groups: byName(routine.customer_groups as Named),
    sales_channels_restricted: !!routine.sales_channels_restricted,
    customer_groups_restricted: !!routine.customer_groups_restricted,
  }
}
