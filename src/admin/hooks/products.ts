import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ProductCuration } from "../lib/types"

export const useProductSearch = (q: string) =>
  useQuery({
    queryKey: ["product-search", q],
    queryFn: () =>
      sdk.admin.product.list({
        q: q || undefined,
        limit: 20,
        fields: "id,title,handle,thumbnail,status",
      }),
    placeholderData: keepPreviousData,
  })

/**
 * Stock per product, summed over its variants. The routine API carries no
 * inventory, so it comes from core's product list.
 */
export const useProductStock = (ids: string[]) =>
  useQuery({
    queryKey: ["product-stock", [...ids].sort()],
    queryFn: async () => {
      const { products } = await sdk.admin.product.list({
        id: ids,
        limit: ids.length,
        fields: "id,variants.id,variants.manage_inventory,+variants.inventory_quantity",
      })
      return Object.fromEntries(
        products.map((p) => [
          p.id,
          (p.variants ?? []).reduce(
            (sum, v) => sum + (v.inventory_quantity ?? 0),
            0
          ),
        ])
      )
    },
    enabled: ids.length > 0,
  })

export const useProductCuration = (productId: string) =>
  useQuery({
    queryKey: ["product-curation", productId],
    queryFn: () =>
      sdk.client.fetch<ProductCuration>(`/admin/products/${productId}/routines`),
  })
