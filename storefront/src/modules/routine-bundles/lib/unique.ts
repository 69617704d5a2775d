/**
 * Each value once, in first-seen order. Not `[...new Set(values)]`: spreading
 * a Set needs `downlevelIteration` under an ES5 target, which dtc-starter's
 * tsconfig has without it.
 */
export const unique = <T>(values: T[]) => values.filter((value, index) => values.indexOf(value) === index)
