/**
 * Helpers for the entries of a routine's history (the routine_change rows
 * RoutineModuleService.writeWithHistory writes with each change).
 */

type Row = Record<string, unknown>

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The named fields of a row, `null` where it has none. */
export const fieldsOf = (row: object, keys: readonly string[]): Row =>
  Object.fromEntries(keys.map((key) => [key, (row as Row)[key] ?? null]))

/** Of the named fields, those whose value changed, before and after; `null` when none did. */
export const changedFields = (before: object, after: object, keys: readonly string[]) => {
  const changed = keys.filter((key) => !same((before as Row)[key], (after as Row)[key]))
  return changed.length ? { before: fieldsOf(before, changed), after: fieldsOf(after, changed) } : null
}

/** Part of every input of a workflow that changes a routine or a symptom. */
export type ChangedBy = {
  /** The admin user making the change (`req.auth_context.actor_id`), for the history; omitted: none. */
  changed_by?: string | null
}
