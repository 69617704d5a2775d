import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Input that Medusa 2.21 itself answers with a 500 instead of a 400, on core
 * routes as on ours: a NUL character reaching PostgreSQL, a query key nested
 * more than two levels (`a.b.c`), a negative offset or limit reaching
 * PostgreSQL, and a JSON object whose `toString`/`valueOf` is not a function
 * (the validation error message tries to print it). Input nested deeper than
 * any request of ours needs, or with more values than any needs, is refused
 * too: walking it is where a server spends its stack and time. Refused
 * before any validation, so a client always gets a 400 naming the field.
 */
const UNPRINTABLE_KEYS = ["toString", "valueOf"]
export const MAX_INPUT_DEPTH = 32
export const MAX_INPUT_VALUES = 10_000

/** Walks the value iteratively (no recursion, so no stack to exhaust). */
const findUnsafe = (value: unknown, root: string): string | undefined => {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }]
  let seen = 0
  while (stack.length) {
    const { value: current, path, depth } = stack.pop()!
    if (++seen > MAX_INPUT_VALUES) {
      return `${root || "body"} has more than ${MAX_INPUT_VALUES} values`
    }
    if (typeof current === "string") {
      if (current.includes("\u0000")) return `${path} must not contain NUL characters`
      continue
    }
    if (!current || typeof current !== "object") {
      continue
    }
    if (depth >= MAX_INPUT_DEPTH) {
      return `${path || "body"} is nested more than ${MAX_INPUT_DEPTH} levels deep`
    }
    for (const [key, child] of Object.entries(current)) {
      if (key.includes("\u0000")) return `${path || "body"} has a key with a NUL character`
      if (UNPRINTABLE_KEYS.includes(key) && typeof child !== "function") {
        return `${path || "body"} must not have a "${key}" field`
      }
      stack.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 })
    }
  }
  return undefined
}

const findUnsafeQuery = (query: Record<string, unknown>) => {
  for (const key of Object.keys(query)) {
    if (key.split(".").length > 2) {
      return `${key}: query keys may be nested two levels at most`
    }
  }
  for (const key of ["offset", "limit"]) {
    const value = query[key]
    if (value !== undefined && !(typeof value === "string" && /^\d+$/.test(value))) {
      return `${key} must be a whole number of at least 0`
    }
  }
  return findUnsafe(query, "")
}

export const refuseUnsafeInput = (
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) => {
  const problem =
    findUnsafe(req.params, "") ??
    findUnsafeQuery(req.query as Record<string, unknown>) ??
    findUnsafe(req.body, "")
  next(problem ? new MedusaError(MedusaError.Types.INVALID_DATA, problem) : undefined)
}
