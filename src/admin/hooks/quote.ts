import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { RoutineQuote as Quote } from "../../types"

/** What the preview asks the quote for: the shopper's symptoms and the steps they leave out. */
export type QuoteChoice = { symptoms: string[]; skip_steps: string[] }

/**
 * The quote is a POST but writes nothing, so it is a query:
 * its key holds the region and the choice, so changing either refetches, and
 * it sits under the routine's key, so editing the routine refreshes it.
 */
export const useRoutineQuote = (routineId: string, regionId: string | undefined, choice: QuoteChoice) =>
  useQuery({
    queryKey: ["routines", "detail", routineId, "quote", regionId, choice],
    queryFn: () =>
      sdk.client.fetch<{ quote: Quote }>(`/admin/routines/${routineId}/quote`, {
        method: "POST",
        body: { region_id: regionId, ...choice },
      }),
    enabled: !!regionId,
    placeholderData: keepPreviousData,
    retry: false,
  })
