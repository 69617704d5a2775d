import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { AnalyticsPeriod } from "./figures"
import type { AdminRoutineAnalyticsParamsType } from "./validators"

const DAY = 24 * 60 * 60 * 1000

/**
 * The asked period: the last 30 days by default, in the store's default
 * currency; a routine asked for must exist (figures of nothing would read as
 * a routine that sold nothing).
 */
export const analyticsPeriod = async (
  container: MedusaContainer,
  params: AdminRoutineAnalyticsParamsType
): Promise<AnalyticsPeriod> => {
  const to = params.to ? new Date(Date.parse(`${params.to}T00:00:00Z`) + DAY) : new Date(Math.ceil(Date.now() / DAY) * DAY)
  const from = params.from ? new Date(`${params.from}T00:00:00Z`) : new Date(to.getTime() - 30 * DAY)
  if (from >= to) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "from must be on or before to")
  }
  let currency = params.currency_code
  if (!currency) {
    const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
    currency = store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? "eur"
  }
  if (params.routine_id) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "routine",
      fields: ["id"],
      filters: { id: params.routine_id },
    })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No routine ${params.routine_id}: routine_id must name an existing routine`)
    }
  }
  return { from, to, currency_code: currency, routine_id: params.routine_id }
}
