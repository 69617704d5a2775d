import { RoutineBundlesError, type UnavailableStep } from "medusa-plugin-routine-bundles-client"

/**
 * What a server action answers. Errors are returned, not thrown: Next.js
 * replaces a thrown error's message with a generic one in production, and
 * the shopper needs the server's reason (an out-of-stock step, a bad address).
 */
export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; error: string; unavailable_steps?: UnavailableStep[] }

export const attempt = async <T>(run: () => Promise<T>): Promise<ActionResult<T>> => {
  try {
    return { ok: true, data: await run() }
  } catch (error) {
    if (error instanceof RoutineBundlesError) {
      return { ok: false, error: error.message, unavailable_steps: error.unavailable_steps }
    }
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
