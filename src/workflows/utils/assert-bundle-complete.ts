import { RoutineConflictError } from "./errors"
import { publicQuote, type PricedRoutineBundle } from "./routine-quote"

/**
 * A bundle goes into a cart only when every required step has a product and
 * it keeps at least the routine's fewest steps: else 409 naming the steps.
 */
export const assertBundleComplete = (quote: PricedRoutineBundle) => {
  if (quote.complete) return
  const missing = quote.unavailable_steps.filter((s) => !s.optional)
  const short =
    quote.min_steps != null && quote.items.length < quote.min_steps
      ? [`only ${quote.items.length} of its steps can be sold, and a bundle of this routine needs at least ${quote.min_steps}`]
      : []
  throw new RoutineConflictError(
    `The routine cannot be added: ${[...short, ...(short.length ? quote.unavailable_steps : missing).map((s) => s.message)].join("; ")}`,
    { unavailable_steps: publicQuote(quote).unavailable_steps }
  )
}
