import type { ExecArgs } from "@medusajs/framework/types"
import { seedAdminUsers } from "../../../src/scripts/seed/demo-roles"
import { USERS } from "./users"

/**
 * `medusa exec` script: the browser suite's users with the demo's roles
 * (kept when they exist). Needs the `rbac` feature flag, as the suite's
 * server runs with it.
 */
export default async function seedBrowserUsers({ container }: ExecArgs) {
  await seedAdminUsers(container, [
    { ...USERS.merchandiser, role: "merchandiser" },
    { ...USERS.support, role: "support" },
  ])
}
