/**
 * The browser suites' admin users. The owner is made by `medusa user`, which
 * gives it Medusa's super admin role when the `rbac` flag is on; the others
 * by seed-users.ts, with the demo's roles (src/scripts/seed/demo-roles.ts).
 */
export const USERS = {
  owner: { email: "owner@routine.test", password: "browser-suite-secret" },
  // Curates routines and symptoms; may not change an offer (no routine_offer:update).
  merchandiser: { email: "merchandiser@routine.test", password: "browser-suite-merchandiser" },
  // Reads orders and their bundles; may not read routines.
  support: { email: "support@routine.test", password: "browser-suite-support" },
} as const

export type AdminUser = { email: string; password: string }
