import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { AdminOrderRoutineBundlesResponse, AdminRoutineBundleOrdersResponse } from "../../types"
import { sdk } from "../lib/sdk"

export const useOrderRoutineBundles = (orderId: string, { enabled = true } = {}) =>
  useQuery({
    queryKey: ["order-routine-bundles", orderId],
    queryFn: () => sdk.client.fetch<AdminOrderRoutineBundlesResponse>(`/admin/orders/${orderId}/routine-bundles`),
    enabled,
  })

export const useRoutineBundleOrders = (page: { limit: number; offset: number }, { enabled = true } = {}) =>
  useQuery({
    queryKey: ["routine-bundle-orders", page],
    queryFn: () => sdk.client.fetch<AdminRoutineBundleOrdersResponse>("/admin/routine-bundle-orders", { query: page }),
    placeholderData: keepPreviousData,
    enabled,
  })
