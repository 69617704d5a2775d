import { writeFileSync } from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { seedSampleSessions } from "../../src/scripts/seed/sample-sessions"
import { seedDemoCatalog } from "../../src/scripts/seed/seed-demo-catalog"

/**
 * `npm run demo`'s data, in one boot of Medusa: the demo catalog and two
 * weeks of sample shopping (both idempotent) and the admin user (kept when
 * it exists). Writes what the demo needs next
 * (the publishable key) to DEMO_STATE_FILE.
 */
export default async function prepareDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = process.env.DEMO_ADMIN_EMAIL!
  const password = process.env.DEMO_ADMIN_PASSWORD!

  const seeded = await seedDemoCatalog(container)
  await seedSampleSessions(container, seeded)
  const { publishableKey, regions } = seeded

  const [user] = await container.resolve(Modules.USER).listUsers({ email })
  if (user) {
    logger.info(`Admin user ${email} exists already`)
  } else {
    const { authIdentity, error } = await container
      .resolve(Modules.AUTH)
      .register("emailpass", { body: { email, password } })
    if (!authIdentity) {
      throw new Error(`Could not register the admin user: ${error}`)
    }
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId: authIdentity.id, userData: { email } },
    })
    logger.info(`Admin user ${email} created`)
  }

  writeFileSync(
    process.env.DEMO_STATE_FILE!,
    JSON.stringify({
      publishable_key: publishableKey.token,
      regions: regions.map((r) => ({ id: r.id, currency_code: r.currency_code })),
    })
  )
}
