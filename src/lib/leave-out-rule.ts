/** A step as the rule for leaving steps out sees it. */
type RuleStep = { handle: string; optional: boolean }

/**
 * Why a bundle may not leave out these steps, or null when it may. Without
 * fewest steps (`min_steps` null) only optional steps can be left out; with
 * it, any step a shopper already owns, as long as the bundle keeps at least
 * that many.
 */
export const leaveOutRefusal = <Step extends RuleStep>(
  steps: Step[],
  skipped: Step[],
  minSteps: number | null
): string | null => {
  if (minSteps == null) {
    const required = skipped.find((s) => !s.optional)
    return required ? `step "${required.handle}" is required and cannot be skipped` : null
  }
  return steps.length - skipped.length < minSteps
    ? `a bundle of this routine keeps at least ${minSteps} of its ${steps.length} steps`
    : null
}

/** The steps still in the bundle that the shopper could leave out next, by the same rule. */
export const leavableSteps = <Step extends RuleStep>(steps: Step[], skipped: Step[], minSteps: number | null) =>
  steps.filter((step) => !skipped.includes(step) && leaveOutRefusal(steps, [...skipped, step], minSteps) === null)
