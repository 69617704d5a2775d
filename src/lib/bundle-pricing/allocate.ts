export type AllocationLine = { unit: bigint; quantity: number }

const descending = (a: bigint, b: bigint): number => (a > b ? -1 : a < b ? 1 : 0)

const hasBit = (set: bigint, position: bigint): boolean => ((set >> position) & 1n) === 1n

/**
 * Splits a one-bundle discount (minor units, at most the one-bundle subtotal) over the lines and returns the
 * discount per unit of each line, in input order.
 *
 * Every unit is an allocation slot weighted by its unit price, so a line's ideal per-unit discount is
 * discount × unit / subtotal. Each line gets that rounded down, and the minor units left over go, largest
 * remainder first (ties: larger line total, then input order), as one more minor unit per unit of a line —
 * which costs that line's quantity. When no set of lines has quantities summing exactly to the leftover (e.g. a
 * single ×3 line and one cent left), the smallest reachable sum above it is used: the discount grows by less
 * than the largest quantity in minor units, so the shopper never pays more than the promised price. Every
 * per-unit discount therefore stays the floor or ceiling of its ideal share, between 0 and the unit price.
 */
export const allocateDiscount = (lines: AllocationLine[], discount: bigint): bigint[] => {
  const subtotal = lines.reduce((sum, line) => sum + line.unit * BigInt(line.quantity), 0n)
  if (discount === 0n) return lines.map(() => 0n)

  const shares = lines.map((line, index) => ({
    index,
    quantity: BigInt(line.quantity),
    lineTotal: line.unit * BigInt(line.quantity),
    floor: (discount * line.unit) / subtotal,
    remainder: (discount * line.unit) % subtotal,
  }))
  const leftover = discount - shares.reduce((sum, share) => sum + share.floor * share.quantity, 0n)

  // Only lines with a remainder may round up, which keeps each per-unit discount below its unit price.
  const candidates = shares
    .filter((share) => share.remainder > 0n)
    .sort((a, b) => descending(a.remainder, b.remainder) || descending(a.lineTotal, b.lineTotal) || a.index - b.index)

  // reachable[i] has bit s set when candidates i.. can round up with quantities summing to s.
  const reachable: bigint[] = [1n]
  for (const candidate of [...candidates].reverse()) {
    reachable.unshift(reachable[0] | (reachable[0] << candidate.quantity))
  }
  const above = reachable[0] >> leftover
  let missing = leftover + BigInt((above & -above).toString(2).length - 1)

  const roundedUp = new Set<number>()
  candidates.forEach((candidate, i) => {
    if (missing >= candidate.quantity && hasBit(reachable[i + 1], missing - candidate.quantity)) {
      roundedUp.add(candidate.index)
      missing -= candidate.quantity
    }
  })

  return shares.map((share) => share.floor + (roundedUp.has(share.index) ? 1n : 0n))
}
