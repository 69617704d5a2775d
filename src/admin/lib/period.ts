/** Days as the analytics API takes them: YYYY-MM-DD, UTC. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** The last `days` days up to today. */
export const lastDays = (days: number) => {
  const to = new Date()
  const from = new Date(to.getTime() - (days - 1) * 24 * 60 * 60 * 1000)
  return { from: isoDay(from), to: isoDay(to) }
}

export const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`
