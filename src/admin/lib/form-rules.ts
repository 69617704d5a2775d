import { z } from "zod"
import { HANDLE_PATTERN, MAX_INT, MAX_LINE } from "../../api/admin/field-rules"

/**
 * The admin's side of the request validators (src/api/admin/**\/validators.ts),
 * from the same bounds (src/api/admin/field-rules.ts), with messages in a
 * merchandiser's words. Number fields hold what was typed (a string), so a
 * half-typed value is kept and refused in words rather than turned into NaN.
 */

/** A required one-line text: a title, a name. */
export const requiredLine = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter a ${label.toLowerCase()}.`)
    .max(MAX_LINE, `${label} can be at most ${MAX_LINE} characters.`)

/** An optional handle: empty lets the server derive it. */
export const optionalHandle = (from: string) =>
  z
    .string()
    .trim()
    .max(MAX_LINE, `The handle can be at most ${MAX_LINE} characters.`)
    .refine((value) => value === "" || HANDLE_PATTERN.test(value), {
      message: `Use lowercase letters and digits with single hyphens between words, like "calm-skin", or leave it empty to derive it from the ${from}.`,
    })

const isNumber = (value: string) => value.trim() !== "" && Number.isFinite(Number(value))

/**
 * Adds an issue at `path` when `value` (as typed) is not a number within
 * bounds; `required` false lets an empty field through. Returns the number.
 */
export const checkNumber = (
  ctx: z.RefinementCtx,
  path: (string | number)[],
  value: string,
  { label, min, max = MAX_INT, integer = false, required = true }: {
    label: string
    min: number
    max?: number
    integer?: boolean
    required?: boolean
  }
): number | undefined => {
  if (value.trim() === "") {
    if (required) ctx.addIssue({ code: "custom", path, message: `Enter ${label}.` })
    return undefined
  }
  const issue = (message: string) => ctx.addIssue({ code: "custom", path, message })
  if (!isNumber(value)) return void issue(`Enter ${label} as a number.`)
  const number = Number(value)
  if (integer && !Number.isInteger(number)) return void issue(`Enter ${label} as a whole number.`)
  if (number < min) return void issue(`Enter ${min} or more.`)
  if (number > max) return void issue(`Enter ${max} or less.`)
  return number
}
