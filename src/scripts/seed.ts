import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ExecArgs } from "@medusajs/framework/types"
import { seedAdminLayout } from "./seed/admin-layout"
import { seedSampleSessions } from "./seed/sample-sessions"
import { seedDemoCatalog } from "./seed/seed-demo-catalog"
import { seedSubscriber } from "./seed/subscriber"

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const seeded = await seedDemoCatalog(container)
  await seedSampleSessions(container, seeded)
  await seedSubscriber(container, seeded)
  await seedAdminLayout(container)
  logger.info(`Publishable API key: ${seeded.publishableKey.token}`)
}
