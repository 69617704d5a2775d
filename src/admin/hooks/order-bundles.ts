import { useQuery } from "@tanstack/react-query"
import type { AdminOrderRoutineBundlesResponse } from "../../types"
import { sdk } from "../lib/sdk"

export const useOrderRoutineBundles = (orderId: string, { enabled = true } = {}) =>
  useQuery({
    queryKey: ["order-routine-bundles", orderId],
    queryFn: () => sdk.client.fetch<AdminOrderRoutineBundlesResponse>(`/admin/orders/${orderId}/routine-bundles`),
    enabled,
  })
