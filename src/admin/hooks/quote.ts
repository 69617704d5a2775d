import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { RoutineQuote as Quote } from "../../types"

/**
 * The quote is a POST but writes nothing, so it is a query:
 * its key holds the region and symptoms, so changing either refetches, and it
 * sits under the routine's key, so editing the routine refreshes it.
 */
export const useRoutineQuote = (
  routineId: string,
  regionId: string | undefined,
  symptoms: string[]
) =>
  useQuery({
    queryKey: ["routines", "detail", routineId, "quote", regionId, symptoms],
    queryFn: () =>
      sdk.client.fetch<{ quote: Quote }>(`/admin/routines/${routineId}/quote`, {
        method: "POST",
        body: { region_id: regionId, symptoms },
      }),
    enabled: !!regionId,
    placeholderData: keepPreviousData,
    retry: false,
  })
