import { writeFileSync } from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, FeatureFlag } from "@medusajs/framework/utils"
import { DEMO_STAFF, seedAdminUsers } from "../../src/scripts/seed/demo-roles"
import { seedSampleSessions } from "../../src/scripts/seed/sample-sessions"
import { seedDemoCatalog } from "../../src/scripts/seed/seed-demo-catalog"

/**
 * `npm run demo`'s data, in one boot of Medusa: the demo catalog and two
 * weeks of sample shopping (both idempotent) and the admin users (kept when
 * they exist). Writes what the demo needs next
 * (the publishable key, the staff's logins) to DEMO_STATE_FILE.
 */
export default async function prepareDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = process.env.DEMO_ADMIN_EMAIL!
  const password = process.env.DEMO_ADMIN_PASSWORD!

  const seeded = await seedDemoCatalog(container)
  await seedSampleSessions(container, seeded)
  const { publishableKey, regions } = seeded

  // The owner, and with Medusa's role-based access control on (the demo's
  // default) a merchandiser who may not change offers and a support user
  // who reads orders.
  const staff = FeatureFlag.isFeatureEnabled("rbac") ? DEMO_STAFF : []
  const created = await seedAdminUsers(container, [
    { email, password, role: "owner" },
    ...staff.map((user) => ({ ...user, password })),
  ])
  logger.info(created.length ? `Admin users created: ${created.map((u) => u.email).join(", ")}` : "Admin users exist already")

  writeFileSync(
    process.env.DEMO_STATE_FILE!,
    JSON.stringify({
      publishable_key: publishableKey.token,
      staff,
      regions: regions.map((r) => ({ id: r.id, currency_code: r.currency_code })),
    })
  )
}
