import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { HANDLE_PATTERN, MAX_INT, MAX_LINE } from "./field-rules"

export { MAX_INT }

// NUL characters, which PostgreSQL text cannot hold, are refused for every
// plugin route before validation (src/api/utils/refuse-unsafe-input.ts).

export const line = z.string().min(1).max(MAX_LINE)

export const handle = z
  .string()
  .max(MAX_LINE)
  .regex(HANDLE_PATTERN, {
    message:
      "handle must be kebab-case: lowercase letters and digits separated by single hyphens",
  })

export const metadata = z.record(z.string(), z.unknown()).nullish()

/** An id in a body or a filter: non-empty. */
export const id = z.string().min(1)

/** A filter that takes one value or a list (`?id=a&id=b`). */
export const oneOrMany = z.union([z.string(), z.array(z.string())])

/** Core's `createLinkBody`, without the empty ids it lets through. */
export const linkBody = () =>
  z.object({
    add: z.array(id).optional(),
    remove: z.array(id).optional(),
  })

const integerParam = (min: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? Number(value) : value),
    z.number().int().min(min)
  )

/**
 * Core's find params with `offset` and `limit` held to values PostgreSQL
 * accepts (a negative OFFSET is a server error there).
 */
export const findParams = ({
  limit,
  order,
}: {
  limit: number
  order?: string
}) =>
  createFindParams({ offset: 0, limit, order }).merge(
    z.object({
      offset: integerParam(0).optional().default(0),
      limit: integerParam(1).optional().default(limit),
      q: z.string().optional(),
    })
  )
