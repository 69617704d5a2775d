import { MedusaError } from "@medusajs/framework/utils"
import { CART_BUSY_MESSAGE, type RoutineErrorBody } from "../../types"

type Details = Omit<RoutineErrorBody, "type" | "code" | "message">

/**
 * A 409 with details a client can act on. The details are own properties,
 * so they survive the workflow engine's error serialisation and reach the
 * response through src/api/utils/route-errors.ts.
 */
export class RoutineConflictError extends MedusaError {
  readonly details: Details

  constructor(message: string, details: Details = {}) {
    super(MedusaError.Types.CONFLICT, message)
    this.details = details
  }
}

export const cartCompletedError = (cartId: string) =>
  new RoutineConflictError(`Cart ${cartId} is already completed`)

/** Another request held the cart's lock for longer than this one could wait; nothing changed. */
export const cartBusyError = (retryAfterSeconds: number) =>
  new RoutineConflictError(`${CART_BUSY_MESSAGE}; nothing was changed. Try again in ${retryAfterSeconds} s.`, {
    reason: "cart_busy",
    retry_after_seconds: retryAfterSeconds,
  })

/** The code of subscriptionNotOfferedError, by which a renewal tells it from other conflicts. */
export const SUBSCRIPTION_NOT_OFFERED = "subscription_not_offered"

/**
 * A subscription at an interval its routine no longer offers (or a routine
 * no longer sold on subscription): its refill cannot be priced or ordered
 * until the shopper chooses an interval the routine offers.
 */
export const subscriptionNotOfferedError = (offered: number[], weeks: number) =>
  new MedusaError(
    MedusaError.Types.CONFLICT,
    offered.length
      ? `The routine no longer offers a refill every ${weeks} weeks (it offers every ${offered.join(", ")} weeks): change the subscription's interval`
      : "The routine is no longer sold on subscription",
    SUBSCRIPTION_NOT_OFFERED
  )
