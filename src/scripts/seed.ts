import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoCatalog } from "./seed/seed-demo-catalog"

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { publishableKey } = await seedDemoCatalog(container)
  logger.info(`Publishable API key: ${publishableKey.token}`)
}
