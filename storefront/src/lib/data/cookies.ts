import "server-only"
import { cookies, headers } from "next/headers"

const CART_COOKIE = "_medusa_cart_id"
// dtc-starter's name for the customer's JWT.
const AUTH_COOKIE = "_medusa_jwt"
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

/** The signed-in customer's token, kept where the browser's scripts cannot read it (as dtc-starter does). */
export const getAuthToken = async () => (await cookies()).get(AUTH_COOKIE)?.value

export const setAuthToken = async (token: string) => (await cookies()).set(AUTH_COOKIE, token, await options())

export const removeAuthToken = async () => (await cookies()).delete(AUTH_COOKIE)
