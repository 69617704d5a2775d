import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, FeatureFlag, Modules } from "@medusajs/framework/utils"
import { createRbacRolesWorkflow, createUsersWorkflow } from "@medusajs/medusa/core-flows"

/** Medusa's own role with every permission (created by its RBAC module). */
export const SUPER_ADMIN_ROLE_ID = "role_super_admin"

/**
 * The demo's roles besides Medusa's super admin, by the policies they grant
 * (`resource:operation`). The README's table of who may call what follows
 * from these and src/api/admin/policies.ts.
 */
export const DEMO_ROLES = {
  merchandiser: {
    name: "Routine merchandiser",
    description: "Curates routines, steps, candidates and symptoms, and reads their performance; cannot change an offer",
    policies: [
      "routine:read",
      "routine:create",
      "routine:update",
      "routine:delete",
      "symptom:read",
      "symptom:create",
      "symptom:update",
      "symptom:delete",
      "routine_analytics:read",
      // The product picker, and the regions a preview prices in.
      "product:read",
      "region:read",
      // Settings → Translations, where the texts of routines, steps and
      // symptoms are translated (it reads the store's languages).
      "translation:read",
      "translation:create",
      "translation:update",
      "translation_setting:read",
      "store:read",
    ],
  },
  support: {
    name: "Support",
    description: "Reads orders and the routine bundles on them, and looks after shoppers' subscriptions",
    // Support answers shoppers who ask to pause, skip or cancel a refill.
    policies: ["order:read", "routine_bundle:read", "routine_subscription:read", "routine_subscription:update"],
  },
} as const

export type DemoRole = keyof typeof DEMO_ROLES

/**
 * An admin user of the demo and the role it holds (`owner`: Medusa's super
 * admin; none: no role, as `medusa user` makes one without the flag).
 */
export type DemoUser = { email: string; password: string; role?: DemoRole | "owner" }

/** The demo's staff besides its owner (they share the owner's password). */
export const DEMO_STAFF = [
  { email: "merchandiser@example.com", role: "merchandiser" },
  { email: "support@example.com", role: "support" },
] as const

/** The demo's roles, created once (found again by name); their ids by role. */
export const seedDemoRoles = async (container: MedusaContainer): Promise<Record<DemoRole, string>> => {
  const rbac = container.resolve(Modules.RBAC)
  // Policies are synced when a server starts; a seed may run before any
  // has. The module's service has the method, its interface does not.
  await (rbac as unknown as { syncRegisteredPolicies: () => Promise<void> }).syncRegisteredPolicies()
  const ids = {} as Record<DemoRole, string>
  for (const [role, { name, description, policies }] of Object.entries(DEMO_ROLES) as [DemoRole, (typeof DEMO_ROLES)[DemoRole]][]) {
    const [existing] = await rbac.listRbacRoles({ name })
    if (existing) {
      ids[role] = existing.id
      continue
    }
    const found = await rbac.listRbacPolicies({ key: [...policies] })
    const missing = policies.filter((key) => !found.some((p) => p.key === key))
    if (missing.length) {
      throw new Error(`The demo role "${name}" needs policies that are not registered: ${missing.join(", ")}`)
    }
    const { result } = await createRbacRolesWorkflow(container).run({
      input: { roles: [{ name, description, policy_ids: found.map((p) => p.id) }] },
    })
    ids[role] = result[0].id
  }
  return ids
}

/** An admin user who can log in with email and password, holding the given roles (ids). */
export const createAdminUser = async (
  container: MedusaContainer,
  { email, password, role_ids }: { email: string; password: string; role_ids: string[] }
) => {
  const {
    result: [account],
  } = await createUsersWorkflow(container).run({
    input: { users: [{ email, ...(role_ids.length && { roles: role_ids }) }] },
  })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!authIdentity) {
    throw new Error(`Could not register the admin user ${email}: ${error}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: account.id } })
  return account
}

/**
 * Admin users with a role each (an existing email keeps its account and
 * gets its role if it lacks it). Roles need Medusa's `rbac` feature flag;
 * without it the users are created with none and every one of them may do
 * everything, as in any Medusa store.
 */
export const seedAdminUsers = async (container: MedusaContainer, users: DemoUser[]) => {
  const roleIds = FeatureFlag.isFeatureEnabled("rbac")
    ? { ...(await seedDemoRoles(container)), owner: SUPER_ADMIN_ROLE_ID }
    : null
  const userModule = container.resolve(Modules.USER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const created: DemoUser[] = []
  for (const user of users) {
    const roles = roleIds && user.role ? [roleIds[user.role]] : []
    const [existing] = await userModule.listUsers({ email: user.email })
    if (existing) {
      // A user from a run without the flag holds no role: with the flag on
      // it could do nothing, so it gets its role now.
      const { data } = await query.graph({ entity: "user", fields: ["rbac_roles.id"], filters: { id: existing.id } })
      const held = new Set(((data[0]?.rbac_roles ?? []) as ({ id: string } | null)[]).flatMap((r) => (r ? [r.id] : [])))
      const missing = roles.filter((id) => !held.has(id))
      if (missing.length) {
        await link.create(missing.map((rbac_role_id) => ({ [Modules.USER]: { user_id: existing.id }, [Modules.RBAC]: { rbac_role_id } })))
      }
      continue
    }
    await createAdminUser(container, { email: user.email, password: user.password, role_ids: roles })
    created.push(user)
  }
  return created
}
