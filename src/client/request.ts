import type Medusa from "@medusajs/js-sdk"
import type { RoutineErrorBody } from "../types"
import { RoutineBundlesError } from "./error"

export type Query = Record<string, string | number | boolean | string[] | undefined>

type SdkConfig = {
  baseUrl: string
  publishableKey?: string
  globalHeaders?: Record<string, string>
  auth?: { type?: "jwt" | "session"; fetchCredentials?: RequestCredentials }
}

const search = (query: Query = {}) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((v) => params.append(`${key}[]`, v))
    else params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ""
}

/**
 * Sends a request the way the JS SDK's client does (its base URL,
 * publishable key, global headers, locale, and the customer's JWT or
 * session), but keeps the whole error body: the SDK's own client throws it
 * away. The SDK keeps its configuration private; element access reads it.
 */
export const requester = (sdk: Pick<Medusa, "client">) => {
  const config = sdk.client["config"] as SdkConfig
  return async <T>(method: "GET" | "POST" | "DELETE", path: string, init: { query?: Query; body?: unknown } = {}) => {
    const headers: Record<string, string> = {
      accept: "application/json",
      "content-type": "application/json",
      ...(config.publishableKey && { "x-publishable-api-key": config.publishableKey }),
      ...(sdk.client.locale && { "x-medusa-locale": sdk.client.locale }),
      ...config.globalHeaders,
    }
    if (config.auth?.type !== "session") {
      const token = await sdk.client.getToken()
      if (token) headers.authorization = `Bearer ${token}`
    }
    const base = config.baseUrl || (typeof window !== "undefined" ? window.location.origin : "")
    const response = await fetch(`${base.replace(/\/$/, "")}${path}${search(init.query)}`, {
      method,
      headers,
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
      ...(config.auth?.type === "session" && { credentials: config.auth.fetchCredentials ?? "include" }),
    })
    const text = await response.text()
    const json = text ? JSON.parse(text) : {}
    if (!response.ok) {
      const body: RoutineErrorBody = {
        type: typeof json.type === "string" ? json.type : "unknown_error",
        message: typeof json.message === "string" ? json.message : response.statusText,
        ...json,
      }
      throw new RoutineBundlesError(response.status, body)
    }
    return json as T
  }
}
