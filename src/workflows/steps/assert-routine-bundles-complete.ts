import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { RoutineQuote } from "../utils/routine-quote"

/** A bundle goes into a cart only when every required step has a product. */
export const assertRoutineBundlesCompleteStep = createStep(
  "assert-routine-bundles-complete",
  async (quotes: RoutineQuote[]) => {
    const missing = quotes.flatMap((q) =>
      q.unavailable_steps.filter((s) => !s.optional)
    )
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The routine cannot be added: ${missing.map((s) => s.message).join("; ")}`
      )
    }
  }
)
