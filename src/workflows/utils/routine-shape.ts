import type { RoutineShape } from "../../lib/routine-sellability"
import { compact } from "./compact"

/** What to read of a routine (Query, entity `routine`) for its shape and status. */
export const ROUTINE_SHAPE_FIELDS = [
  "id",
  "status",
  "min_steps",
  "steps.id",
  "steps.title",
  "steps.position",
  "steps.optional",
  "steps.products.id",
  "steps.products.status",
]

type ShapeStep = {
  id: string
  title: string
  position: number
  optional: boolean
  products?: ({ id: string; status: string } | null)[] | null
}
export type ShapedRoutine = { id: string; status: string; min_steps?: number | null; steps?: (ShapeStep | null)[] | null }

/**
 * A routine read with ROUTINE_SHAPE_FIELDS, as the sellability rule reads
 * it: its steps by position, counting the products shoppers can buy (a
 * draft or proposed product is in no store).
 */
export const routineShapeOf = (routine: ShapedRoutine): RoutineShape => ({
  min_steps: routine.min_steps ?? null,
  steps: compact(routine.steps ?? [])
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      id: s.id,
      title: s.title,
      optional: s.optional,
      product_count: compact(s.products ?? []).filter((p) => p.status === "published").length,
    })),
})
