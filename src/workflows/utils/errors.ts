import { MedusaError } from "@medusajs/framework/utils"
import type { RoutineErrorBody } from "../../types"

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
