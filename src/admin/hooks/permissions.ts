import { useQuery } from "@tanstack/react-query"
import type { RoutineOperation, RoutineResource } from "../../policies/routine"
import { sdk } from "../lib/sdk"

/**
 * One of the plugin's policies, as core's permission list names it
 * (`routine:update`), or core's own that the plugin's pages lead to.
 */
export type Permission = `${RoutineResource}:${RoutineOperation}` | "translation:read"

/** What each permission lets a user do, for the reason shown where it is missing. */
const PURPOSES: Partial<Record<Permission, string>> = {
  "routine:read": "see routines",
  "routine:create": "create routines",
  "routine:update": "edit routines, their steps and their products",
  "routine:delete": "delete routines",
  "routine_offer:update": "change prices",
  "symptom:read": "see symptoms",
  "symptom:create": "create symptoms",
  "symptom:update": "edit symptoms and their products",
  "symptom:delete": "delete symptoms",
  "routine_bundle:read": "see the routine bundles of orders",
  "routine_analytics:read": "see routine performance",
  "routine_subscription:read": "see subscriptions",
  "routine_subscription:update": "change, renew, pause, resume and cancel subscriptions",
  "translation:read": "manage translations",
}

/** A permission's reason text, in the dashboard's manner. */
export const permissionReason = (permission: Permission) =>
  `You need the ${permission} permission to ${PURPOSES[permission] ?? "do this"}.`

type Grants = { rbac: boolean; permissions: Set<string> }

const status = (error: unknown) => (error as { status?: number } | null)?.status

/**
 * The signed-in user's permissions. Core answers GET /admin/rbac/me/permissions
 * only with the `rbac` feature flag on; without it (404) every user may do
 * everything, as in any store without roles. A 403 (a user holding no role)
 * grants nothing.
 */
const fetchGrants = async (): Promise<Grants> => {
  try {
    const { permissions } = await sdk.client.fetch<{ permissions: string[] }>("/admin/rbac/me/permissions")
    return { rbac: true, permissions: new Set(permissions) }
  } catch (error) {
    if (status(error) === 404) return { rbac: false, permissions: new Set() }
    if (status(error) === 403) return { rbac: true, permissions: new Set() }
    throw error
  }
}

const granted = ({ rbac, permissions }: Grants, permission: Permission) => {
  if (!rbac) return true
  const [resource] = permission.split(":")
  // Core expands wildcards; a role listing `routine:*` is understood anyway.
  return permissions.has(permission) || permissions.has(`${resource}:*`) || permissions.has("*:*")
}

/**
 * What the user may do, read once per session (roles rarely change while
 * someone works; a reload reads them again). The server stays the judge:
 * this only hides or disables what it would refuse. While the permissions
 * load nothing is allowed (pages show their loading state); should they
 * fail to load for another reason than the two above, everything is
 * allowed and the server's 403 messages say what is missing.
 */
export const usePermissions = () => {
  const { data, isPending, isError } = useQuery({
    queryKey: ["rbac-permissions"],
    queryFn: fetchGrants,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (count, error) => count < 2 && status(error) !== 401,
  })
  const can = (permission: Permission) => (data ? granted(data, permission) : isError)
  return {
    isLoading: isPending,
    can,
    reason: permissionReason,
    /** Why the user may not do this, or undefined when they may: for `disabled` and its reason at once. */
    denied: (permission: Permission) => (can(permission) ? undefined : permissionReason(permission)),
  }
}
