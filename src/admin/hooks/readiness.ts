import { useQuery } from "@tanstack/react-query"
import type { AdminRoutineReadinessResponse } from "../../types"
import { sdk } from "../lib/sdk"

/**
 * The routine's checklist before publishing. It sits under the routine's
 * key, so every routine, step and candidate change (useInvalidateCuration)
 * checks again; and, since it also follows products, prices and stock that
 * core's pages change, it is read again whenever the page opens (and before
 * publishing, see RoutineGeneralSection).
 */
export const useRoutineReadiness = (routineId: string) =>
  useQuery({
    queryKey: ["routines", "detail", routineId, "readiness"],
    queryFn: () => sdk.client.fetch<AdminRoutineReadinessResponse>(`/admin/routines/${routineId}/readiness`),
    staleTime: 0,
    refetchOnMount: "always",
  })
