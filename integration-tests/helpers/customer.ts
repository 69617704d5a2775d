import { loadCatalog } from "../../src/scripts/seed/catalog"
import type { Seeded } from "./bundle-cart"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<any> }

/** A shopper with an account, logged in through the real auth routes: their bearer token and id. */
export const registerCustomer = async (api: Api, seeded: Seeded, email: string) => {
  const password = "shopper-secret"
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name: "Loyal", last_name: "Shopper" },
    { headers: { ...seeded.storeHeaders.headers, authorization: `Bearer ${registered.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    id: data.customer.id as string,
    token: login.token as string,
    headers: { headers: { ...seeded.storeHeaders.headers, authorization: `Bearer ${login.token}` } },
  }
}

/**
 * A customer group whose members pay half price for every product of the
 * demo catalogue in EUR (an override price list with a customer-group rule),
 * made through the admin API as a merchant would.
 */
export const halfPriceGroup = async (api: Api, seeded: Seeded, admin: { headers: Record<string, string> }) => {
  const { data: group } = await api.post("/admin/customer-groups", { name: "Loyal customers" }, admin)
  const catalog = loadCatalog()
  const prices = seeded.products.map((product) => ({
    variant_id: product.variants![0]!.id,
    currency_code: "eur",
    // Catalogue prices are in cents: half of it, in major units.
    amount: catalog.products.find((p) => p.handle === product.handle)!.price / 200,
  }))
  await api.post(
    "/admin/price-lists",
    {
      title: "Loyal customers: half price",
      description: "Members of the loyal customers group pay half",
      type: "override",
      status: "active",
      rules: { "customer.groups.id": [group.customer_group.id] },
      prices,
    },
    admin
  )
  return group.customer_group.id as string
}
