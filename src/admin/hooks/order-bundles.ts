import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { RoutineBundle } from "../lib/types"

export const useOrderRoutineBundles = (orderId: string) =>
  useQuery({
    queryKey: ["order-routine-bundles", orderId],
    queryFn: () =>
      sdk.client.fetch<{ routine_bundles: RoutineBundle[] }>(
        `/admin/orders/${orderId}/routine-bundles`
      ),
  })
