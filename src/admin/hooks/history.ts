import { useInfiniteQuery } from "@tanstack/react-query"
import type { AdminRoutineChangeListResponse } from "../../types"
import { sdk } from "../lib/sdk"

const PAGE_SIZE = 10

/**
 * A routine's history, newest first, a page at a time ("Show more"). It
 * sits under the routine's key, so every routine, step and candidate
 * change (useInvalidateCuration) refreshes it.
 */
export const useRoutineChanges = (routineId: string) =>
  useInfiniteQuery({
    queryKey: ["routines", "detail", routineId, "history"],
    queryFn: ({ pageParam }) =>
      sdk.client.fetch<AdminRoutineChangeListResponse>("/admin/routine-changes", {
        query: { routine_id: routineId, order: "-created_at", offset: pageParam, limit: PAGE_SIZE },
      }),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.limit < last.count ? last.offset + last.limit : undefined),
  })
