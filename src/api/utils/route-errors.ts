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

const LOCK_FAILURE = /Timed-out acquiring lock|Failed to acquire lock/

const conflictBody = (error: unknown): RoutineErrorBody | undefined => {
  if (!error || typeof error !== "object") {
    return undefined
  }
  const { type, message, details } = error as ErrorLike
  if (typeof message !== "string") {
    return undefined
  }
  if (type === MedusaError.Types.CONFLICT) {
    return {
      type: MedusaError.Types.CONFLICT,
      code: "invalid_state_error",
      message,
      ...(details && typeof details === "object" ? details : {}),
    }
  }
  if (LOCK_FAILURE.test(message)) {
    return {
      type: MedusaError.Types.CONFLICT,
      code: "invalid_state_error",
      message: "The cart is being changed by another request; try again",
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
        res.status(409).json(body)
        return
      }
      next(error)
    }
  }
