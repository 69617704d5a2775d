/**
 * Whether shoppers can buy a routine, from its shape alone: the rule that
 * publishing checks, and that every edit of a published routine keeps.
 */

/** A routine as the rule reads it: its fewest steps and, per step, whether it may be left out and how many products it has. */
export type RoutineShape = {
  min_steps: number | null
  steps: { title: string; optional: boolean; product_count: number }[]
}

/** Why shoppers could not buy a bundle of the routine, in a merchandiser's words; empty when they can. */
export const purchaseBlockers = ({ min_steps, steps }: RoutineShape): string[] => [
  ...(steps.length === 0 ? ["it has no steps"] : []),
  ...(steps.length > 0 && min_steps != null && min_steps > steps.length
    ? [`a bundle needs ${min_steps} steps, but the routine has ${steps.length}`]
    : []),
  ...steps.filter((s) => !s.optional && s.product_count === 0).map((s) => `the required step "${s.title}" has no product`),
]

/** What an edit would newly break: the blockers after it that were not there before. */
export const blockersAdded = (before: RoutineShape, after: RoutineShape): string[] => {
  const existing = new Set(purchaseBlockers(before))
  return purchaseBlockers(after).filter((reason) => !existing.has(reason))
}
