import { CART_BUSY_MESSAGE } from "../../src/types"

/** One answer of a burst of bundle adds to one cart, in the order they were sent. */
export type BurstAnswer = { status: number; data: any; retryAfter: string | null }

export type BurstOutcome = {
  answers: BurstAnswer[]
  /** The bundle records of the cart afterwards. */
  bundleIds: string[]
  /** The cart afterwards: its lines (with their bundle's id in metadata) and totals. */
  cart: { items: { id: string; metadata?: Record<string, unknown> | null }[]; item_total: number; total: number }
  /** Each bundle item's cart line, from the bundle records. */
  recordedLineIds: string[]
  linesPerBundle: number
  bundleCents: number
}

const cents = (amount: number) => Math.round(amount * 100)

/**
 * What a burst of adds to one cart promises, however fast the machine is:
 * every add either succeeded or was refused as `cart_busy` with the time to
 * retry (header and body alike) and changed nothing; no add is lost or
 * doubled (one bundle record and its lines per success, every line recorded
 * on exactly one bundle item), and the cart costs exactly the successes
 * times the quote. Returns how many succeeded.
 */
export const expectHonestBurst = (outcome: BurstOutcome) => {
  const { answers, bundleIds, cart, recordedLineIds, linesPerBundle, bundleCents } = outcome
  const succeeded = answers.filter((a) => a.status === 200)
  const refused = answers.filter((a) => a.status !== 200)

  for (const answer of refused) {
    expect(answer.status).toEqual(409)
    expect(answer.data).toEqual(
      expect.objectContaining({ type: "conflict", code: "invalid_state_error", reason: "cart_busy" })
    )
    expect(answer.data.message.startsWith(CART_BUSY_MESSAGE)).toBe(true)
    expect(Number.isInteger(answer.data.retry_after_seconds)).toBe(true)
    expect(answer.data.retry_after_seconds).toBeGreaterThanOrEqual(1)
    expect(answer.data.message).toContain(`Try again in ${answer.data.retry_after_seconds} s.`)
    expect(answer.retryAfter).toEqual(String(answer.data.retry_after_seconds))
  }

  expect(bundleIds).toHaveLength(succeeded.length)
  expect(cart.items).toHaveLength(succeeded.length * linesPerBundle)
  const perBundle = new Map<string, number>()
  for (const item of cart.items) {
    const id = String(item.metadata?.routine_bundle_id)
    perBundle.set(id, (perBundle.get(id) ?? 0) + 1)
  }
  expect([...perBundle.keys()].sort()).toEqual([...bundleIds].sort())
  expect([...perBundle.values()].every((n) => n === linesPerBundle)).toBe(true)
  expect([...recordedLineIds].sort()).toEqual(cart.items.map((i) => i.id).sort())
  expect(cents(cart.item_total)).toEqual(succeeded.length * bundleCents)
  expect(cents(cart.total)).toEqual(succeeded.length * bundleCents)
  return succeeded.length
}
