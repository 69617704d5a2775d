import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"

/** A placed order for its confirmation page (core answers a guest's order by id). */
export const getOrder = async (id: string): Promise<HttpTypes.StoreOrder | null> =>
  (await sdk())
    .store.order.retrieve(id, {
      fields: "*items,+items.compare_at_unit_price,*shipping_address,*shipping_methods",
    })
    .then(({ order }) => order)
    .catch(() => null)
