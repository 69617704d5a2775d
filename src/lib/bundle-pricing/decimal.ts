import { BundlePricingError } from "./errors"

/** An exact non-negative decimal number: coefficient / 10^scale. */
export type Decimal = { coefficient: bigint; scale: number }

// Digits with an optional fraction and the exponent that String(number) uses for very large or small numbers.
const DECIMAL = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i

export const pow10 = (exponent: number): bigint => 10n ** BigInt(exponent)

/** Rounds numerator / denominator half-up; both must be non-negative. */
export const divRoundHalfUp = (numerator: bigint, denominator: bigint): bigint =>
  (2n * numerator + denominator) / (2n * denominator)

/**
 * Reads an amount exactly. A number is read from its shortest decimal form (String(1.005) is "1.005"),
 * so it means the decimal the caller wrote and not the binary double closest to it.
 */
export const parseDecimal = (value: unknown, field: string): Decimal => {
  const text = typeof value === "string" ? value : typeof value === "number" && Number.isFinite(value) ? String(value) : ""
  const negative = text.startsWith("-")
  const match = DECIMAL.exec(negative ? text.slice(1) : text)
  const digits = match ? match[1] + (match[2] ?? "") : ""
  if (!match || !digits) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value)
    throw new BundlePricingError(`${field} must be a decimal number, got ${shown}`)
  }
  const coefficient = BigInt(digits)
  if (negative && coefficient > 0n) {
    throw new BundlePricingError(`${field} must not be negative, got ${value}`)
  }
  const scale = (match[2] ?? "").length - Number(match[3] ?? 0)
  return scale < 0 ? { coefficient: coefficient * pow10(-scale), scale: 0 } : { coefficient, scale }
}

/** The amount in minor units (10^-precision); digits beyond the precision are rounded half-up. */
export const toMinorUnits = ({ coefficient, scale }: Decimal, precision: number): bigint =>
  scale <= precision
    ? coefficient * pow10(precision - scale)
    : divRoundHalfUp(coefficient, pow10(scale - precision))

/** Minor units as a decimal string with exactly `precision` decimals: 1490n, 2 → "14.90"; 0n, 0 → "0". */
export const formatMinorUnits = (minor: bigint, precision: number): string => {
  if (precision === 0) return minor.toString()
  const digits = minor.toString().padStart(precision + 1, "0")
  return `${digits.slice(0, -precision)}.${digits.slice(-precision)}`
}
