import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { availableUnits } from "../lib/stock"
import type { AdminProductRoutinesResponse as ProductCuration } from "../../types"

export const PRODUCT_SEARCH_PAGE = 20

// Only while the picker is open: pages hold a closed picker per step.
export const useProductSearch = (q: string, offset: number, enabled: boolean) =>
  useQuery({
    queryKey: ["product-search", q, offset],
    queryFn: () =>
      sdk.admin.product.list({
        q: q || undefined,
        offset,
        limit: PRODUCT_SEARCH_PAGE,
        order: "title",
        fields: "id,title,handle,thumbnail,status,variants.id,variants.prices.amount,variants.prices.currency_code",
      }),
    placeholderData: keepPreviousData,
    enabled,
  })

/**
 * Units available per product, summed over its variants (each never below
 * 0, so one oversold variant does not hide another's stock); null when no
 * variant tracks inventory. Core computes `inventory_quantity` on the
 * variant list only, not on products.
 */
export const useProductStock = (variantIds: string[]) =>
  useQuery({
    queryKey: ["product-stock", [...variantIds].sort()],
    queryFn: async () => {
      const { variants } = await sdk.admin.productVariant.list({
        id: variantIds,
        limit: variantIds.length,
        fields: "id,product_id,manage_inventory,inventory_quantity",
      })
      const stock: Record<string, number | null> = {}
      for (const variant of variants) {
        const productId = variant.product_id!
        if (variant.manage_inventory) {
          stock[productId] = (stock[productId] ?? 0) + availableUnits(variant.inventory_quantity)
        } else {
          stock[productId] ??= null
        }
      }
      return stock
    },
    enabled: variantIds.length > 0,
  })

export const useProductCuration = (productId: string, { enabled = true } = {}) =>
  useQuery({
    queryKey: ["product-curation", productId],
    queryFn: () =>
      sdk.client.fetch<ProductCuration>(`/admin/products/${productId}/routines`),
    enabled,
  })
