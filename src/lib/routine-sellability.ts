/**
 * Whether shoppers can buy a routine, from its shape alone: the rule that
 * publishing checks, and that every edit of a published routine keeps.
 */

/**
 * A routine as the rule reads it: its fewest steps and, per step, whether
 * it may be left out and how many of its products shoppers can buy
 * (published ones).
 */
export type RoutineShape = {
  min_steps: number | null
  steps: { id: string; title: string; optional: boolean; product_count: number }[]
}

/** One reason shoppers could not buy a bundle: a key that names what is wrong, and the words for it. */
export type PurchaseBlocker = { key: string; reason: string }

/** Why shoppers could not buy a bundle of the routine; empty when they can. */
export const purchaseBlockers = ({ min_steps, steps }: RoutineShape): PurchaseBlocker[] => {
  if (!steps.length) return [{ key: "no_steps", reason: "it has no steps" }]
  const emptyRequired = steps.filter((s) => !s.optional && s.product_count === 0)
  return [
    ...(min_steps != null && min_steps > steps.length
      ? [{ key: "min_steps", reason: `a bundle needs ${min_steps} steps, but the routine has ${steps.length}` }]
      : []),
    ...emptyRequired.map((s) => ({ key: `required:${s.id}`, reason: `the required step "${s.title}" has no product` })),
    ...(!emptyRequired.length && steps.every((s) => s.product_count === 0)
      ? [{ key: "no_products", reason: "none of its steps has a product" }]
      : []),
  ]
}

/** What an edit would newly break: the blockers after it that were not there before, in words. */
export const blockersAdded = (before: RoutineShape, after: RoutineShape): string[] => {
  const existing = new Set(purchaseBlockers(before).map((b) => b.key))
  return purchaseBlockers(after)
    .filter((b) => !existing.has(b.key))
    .map((b) => b.reason)
}
