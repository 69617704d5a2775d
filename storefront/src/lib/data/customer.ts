import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../config"
import { getAuthToken } from "./cookies"

/** The signed-in customer (once per request), or null: signed out, or the token expired. As dtc-starter's retrieveCustomer(). */
export const retrieveCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  if (!(await getAuthToken())) return null
  return (await sdk()).store.customer
    .retrieve({ fields: "id,email,first_name,last_name" })
    .then(({ customer }) => customer)
    .catch(() => null)
})

/** The signed-in customer's orders, newest first, with what the order history shows of each. */
export const listCustomerOrders = async (): Promise<HttpTypes.StoreOrder[]> => {
  const { orders } = await (await sdk()).store.order.list({
    fields: "id,display_id,created_at,currency_code,item_total,shipping_total,tax_total,total,*items,*shipping_methods",
    order: "-created_at",
    limit: 50,
  })
  return orders
}
