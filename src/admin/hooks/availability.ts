import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import type {
  AdminRoutineAvailabilityResponse,
  AdminSetRoutineAvailabilityRequest,
} from "../../types"
import { sdk } from "../lib/sdk"
import { useInvalidateCuration } from "./invalidate"

/** Channels and groups a picker shows per page. */
export const AVAILABILITY_PAGE = 10

/** Where and to whom the routine is sold; under the routine's key, so its changes read it again. */
export const useRoutineAvailability = (routineId: string) =>
  useQuery({
    queryKey: ["routines", "detail", routineId, "availability"],
    queryFn: () => sdk.client.fetch<AdminRoutineAvailabilityResponse>(`/admin/routines/${routineId}/availability`),
  })

/** Replaces the routine's channels and groups; the checklist and the routine's pages follow. */
export const useSetRoutineAvailability = (routineId: string) => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: (body: AdminSetRoutineAvailabilityRequest) =>
      sdk.client.fetch<AdminRoutineAvailabilityResponse>(`/admin/routines/${routineId}/availability`, {
        method: "POST",
        body,
      }),
    onSuccess: () => invalidate(),
  })
}

export type AvailabilityKind = "sales_channels" | "customer_groups"

/** One page of core's sales channels or customer groups matching `q`, by name. */
export const useAvailabilityOptions = (kind: AvailabilityKind, q: string, offset: number, enabled: boolean) =>
  useQuery({
    queryKey: [kind, "list", { q, offset }],
    queryFn: async () => {
      const query = { q: q || undefined, offset, limit: AVAILABILITY_PAGE, fields: "id,name", order: "name" }
      const { count, ...rest } =
        kind === "sales_channels" ? await sdk.admin.salesChannel.list(query) : await sdk.admin.customerGroup.list(query)
      const rows = "sales_channels" in rest ? rest.sales_channels : rest.customer_groups
      return { count, options: rows.map((r: { id: string; name: string | null }) => ({ id: r.id, name: r.name ?? r.id })) }
    },
    enabled,
    placeholderData: keepPreviousData,
  })
