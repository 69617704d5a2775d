import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { RoutineCoverageResponse } from "../../types"
import { sdk } from "../lib/sdk"

/** The coverage audit sits under the routine's key: editing the routine refreshes it. */
export const useRoutineCoverage = (routineId: string, regionId: string | undefined) =>
  useQuery({
    queryKey: ["routines", "detail", routineId, "coverage", regionId],
    queryFn: () =>
      sdk.client.fetch<RoutineCoverageResponse>(`/admin/routines/${routineId}/coverage`, { query: { region_id: regionId! } }),
    enabled: !!regionId,
    placeholderData: keepPreviousData,
  })
