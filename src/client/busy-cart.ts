import { CART_BUSY_MESSAGE } from "../types"
import { RoutineBundlesError } from "./error"

/** Retry a busy cart only when the server asks for at most this long a pause. */
export const DEFAULT_BUSY_RETRY_MAX_WAIT_SECONDS = 10

const SECONDS_IN_MESSAGE = /Try again in (\d+) s\./

/**
 * The seconds after which to retry a request the server refused because the
 * cart was busy with other changes (409 `cart_busy`: nothing was changed),
 * or undefined for any other error. Works on this client's errors and on
 * Medusa's JS SDK's, which keep only the status and the message (core's
 * cart routes answer with the plugin's busy 409 when a bundle is involved).
 */
export const cartBusyRetryAfter = (error: unknown): number | undefined => {
  if (error instanceof RoutineBundlesError) {
    return error.body.reason === "cart_busy" ? (error.body.retry_after_seconds ?? 1) : undefined
  }
  const { status, message } = (error ?? {}) as { status?: unknown; message?: unknown }
  if (status !== 409 || typeof message !== "string" || !message.startsWith(CART_BUSY_MESSAGE)) {
    return undefined
  }
  return Number(SECONDS_IN_MESSAGE.exec(message)?.[1] ?? 1)
}

/**
 * Runs `request`; if the cart was busy, waits the time the server gave and
 * runs it once more (a busy answer changed nothing, so a retry cannot
 * double anything). A longer wait than `maxWaitSeconds`, or a second busy
 * answer, reaches the caller.
 */
export const retryWhenCartBusy = async <T>(
  request: () => Promise<T>,
  maxWaitSeconds = DEFAULT_BUSY_RETRY_MAX_WAIT_SECONDS
): Promise<T> => {
  try {
    return await request()
  } catch (error) {
    const seconds = cartBusyRetryAfter(error)
    if (seconds === undefined || seconds > maxWaitSeconds) throw error
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
    return request()
  }
}
