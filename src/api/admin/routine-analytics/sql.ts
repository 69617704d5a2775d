/** What the analytics read the database with: knex's raw, its values bound. */
export type Knex = {
  raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

export const number = (value: unknown) => Number(value ?? 0)
export const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10000) / 10000 : 0)

/** Values bound in order of use, never interpolated: `bind(value)` stands for one. */
export const bindings = () => {
  const values: unknown[] = []
  return { values, bind: (value: unknown) => (values.push(value), "?") }
}
export type Bind = (value: unknown) => string
