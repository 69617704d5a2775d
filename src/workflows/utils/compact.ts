/**
 * Query's generated types mark every element of a related list as nullable;
 * this drops the (never returned) nulls so the rest of a workflow is typed.
 */
export const compact = <T>(items: readonly (T | null | undefined)[]): T[] =>
  items.filter((item): item is T => item !== null && item !== undefined)
