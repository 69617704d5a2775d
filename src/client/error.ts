import type { RoutineErrorBody, UnavailableStep } from "../types"

/**
 * An error answered by the Medusa server, with everything its body said:
 * Medusa's `type` and `code`, the message, and the plugin's structured
 * details (`unavailable_steps` on a 409 of an incomplete bundle). Medusa's
 * own JS SDK keeps only the message and status.
 */
export class RoutineBundlesError extends Error {
  readonly status: number
  readonly type: string
  readonly code?: string
  readonly unavailable_steps?: UnavailableStep[]
  readonly body: RoutineErrorBody

  constructor(status: number, body: RoutineErrorBody) {
    super(body.message)
    this.name = "RoutineBundlesError"
    this.status = status
    this.type = body.type
    this.code = body.code
    this.unavailable_steps = body.unavailable_steps
    this.body = body
  }
}
