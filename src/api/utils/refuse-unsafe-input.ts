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
 * (the validation error message tries to print it). Refused before any
 * validation, so a client always gets a 400 naming the field.
 */
const UNPRINTABLE_KEYS = ["toString", "valueOf"]

const findUnsafe = (value: unknown, path: string): string | undefined => {
  if (typeof value === "string") {
    return value.includes("\u0000") ? `${path} must not contain NUL characters` : undefined
  }
  if (!value || typeof value !== "object") {
    return undefined
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key
    if (key.includes("\u0000")) {
      return `${path || "body"} has a key with a NUL character`
    }
    if (UNPRINTABLE_KEYS.includes(key) && typeof child !== "function") {
      return `${path || "body"} must not have a "${key}" field`
    }
    const found = findUnsafe(child, childPath)
    if (found) {
      return found
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
