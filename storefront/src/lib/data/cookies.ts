import "server-only"
import { cookies, headers } from "next/headers"

const CART_COOKIE = "_medusa_cart_id"
const MAX_AGE = 60 * 60 * 24 * 7

// Secure whenever the shopper came over https (a proxy in front says so);
// the demo runs on plain http://localhost.
const options = async () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: (await headers()).get("x-forwarded-proto") === "https",
  path: "/",
  maxAge: MAX_AGE,
})

export const getCartId = async () => (await cookies()).get(CART_COOKIE)?.value

export const setCartId = async (id: string) => (await cookies()).set(CART_COOKIE, id, await options())

export const removeCartId = async () => (await cookies()).delete(CART_COOKIE)
