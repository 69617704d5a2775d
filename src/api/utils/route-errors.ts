import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { RoutineErrorBody } from "../../types"

// Medusa's error handler answers every conflict with a generic message about
// an Idempotency-Key, and a lock that could not be had (a plain Error) with a
// 500: the client would never learn why. The plugin's routes and guards
// answer these themselves, in Medusa's error shape, keeping the message and
// any structured details; every other error goes on to Medusa's handler.

type ErrorLike = { type?: unknown; message?: unknown; details?: unknown }

// Core's lock step (the routine lock of the curation workflows) fails with a
// plain Error; the cart lock is the plugin's and fails as a `cart_busy` 409.
const LOCK_FAILURE = /Timed-out acquiring lock|Failed to acquire lock/

const conflictBody = (error: unknown): RoutineErrorBody | undefined => {
  if (!error || typeof error !== "object") {
    return undefined
  }
  const { type, message, details } = error as ErrorLike
  if (typeof message !== "string") {
    return undefined
  }
  if (LOCK_FAILURE.test(message)) {
    return {
      type: MedusaError.Types.CONFLICT,
      code: "invalid_state_error",
      message: "Another request is changing the same records; nothing was changed. Try again in 1 s.",
      retry_after_seconds: 1,
    }
  }
  if (type === MedusaError.Types.CONFLICT) {
    return {
      type: MedusaError.Types.CONFLICT,
      code: "invalid_state_error",
      message,
      ...(details && typeof details === "object" ? details : {}),
    }
  }
  return undefined
}

type Handler<Req extends MedusaRequest> = (
  req: Req,
  res: MedusaResponse,
  next: MedusaNextFunction
) => unknown

/** Wraps a route handler or middleware of the plugin (see above). */
export const withRoutineErrors =
  <Req extends MedusaRequest>(handler: Handler<Req>) =>
  async (req: Req, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await handler(req, res, next)
    } catch (error) {
      const body = conflictBody(error)
      if (body) {
        if (body.retry_after_seconds !== undefined) {
          res.setHeader("Retry-After", String(body.retry_after_seconds))
        }
        res.status(409).json(body)
        return
      }
      next(error)
    }
  }
