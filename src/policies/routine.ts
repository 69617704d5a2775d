import { definePolicies } from "@medusajs/framework/utils"

/**
 * The plugin's resources in Medusa's role-based access control (the `rbac`
 * feature flag). Medusa syncs these to its policy table at start-up, so a
 * role can grant or withhold each; the admin routes declare which they need
 * (src/api/admin/policies.ts). Without the flag, nothing here is checked.
 */
export type RoutineResource =
  | "routine"
  | "routine_offer"
  | "symptom"
  | "routine_bundle"
  | "routine_analytics"
  | "routine_subscription"
export type RoutineOperation = "read" | "create" | "update" | "delete"
export type RoutinePolicy = { resource: RoutineResource; operation: RoutineOperation }

/**
 * Which operations each resource has: only those that some route checks.
 * `routine_offer` (discount kind, values, tiers, amounts, fewest steps,
 * promotion policy) is its own resource, so a store can let merchandisers
 * curate routines without letting them set prices; `routine_bundle` is read
 * only, as orders change through core's own routes.
 */
const OPERATIONS: { [Resource in RoutineResource]: { operation: RoutineOperation; description: string }[] } = {
  routine: [
    { operation: "read", description: "Read routines, their steps, candidates, previews, coverage and history" },
    { operation: "create", description: "Create routines" },
    { operation: "update", description: "Edit routines: fields, publication, steps and their candidate products" },
    { operation: "delete", description: "Delete routines" },
  ],
  routine_offer: [
    {
      operation: "update",
      description: "Change a routine's offer: discount kind, values, tiers, amounts, fewest steps, promotion policy",
    },
  ],
  symptom: [
    { operation: "read", description: "Read symptoms" },
    { operation: "create", description: "Create symptoms" },
    { operation: "update", description: "Edit symptoms and the products they favour" },
    { operation: "delete", description: "Delete symptoms" },
  ],
  routine_bundle: [{ operation: "read", description: "Read the routine bundles of orders" }],
  routine_analytics: [{ operation: "read", description: "Read routine performance and export it" }],
  // Renewing, pausing, resuming and cancelling are all changes of the
  // subscription a store grants together, as support staff need them.
  routine_subscription: [
    { operation: "read", description: "Read subscriptions, their renewals, orders and check-ins" },
    { operation: "update", description: "Change, renew, pause, resume and cancel subscriptions" },
  ],
}

const pascal = (snake: string) => snake.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())

/** Every policy, named as core names its own (`ReadRoutine`, `UpdateRoutineOffer`). */
export const ROUTINE_POLICY_DEFINITIONS = (Object.keys(OPERATIONS) as RoutineResource[]).flatMap((resource) =>
  OPERATIONS[resource].map(({ operation, description }) => ({
    name: `${pascal(operation)}${pascal(resource)}`,
    resource,
    operation,
    description,
  }))
)

export const routinePolicies = definePolicies(ROUTINE_POLICY_DEFINITIONS)
