import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { RoutineShape } from "../../lib/routine-sellability"
import { ensureRoutineSellableStep, type EnsureRoutineSellableStepInput } from "../steps/ensure-routine-sellable"
import { ROUTINE_SHAPE_FIELDS, routineShapeOf, type ShapedRoutine } from "./routine-shape"

/** An edit of a routine's shape: the shape after it, and how to say it. */
export type ShapeEdit = Pick<EnsureRoutineSellableStepInput, "after" | "change" | "instead">

/**
 * For a workflow that edits a routine's structure (under the routine's
 * lock): reads the routine's shape once and refuses the edit if it would
 * leave shoppers unable to buy a published routine. `edit` is pure: the
 * shape after the edit, from the shape before, the workflow's data and the
 * routine as read.
 * Returns the routine read, for the rest of the workflow.
 */
export const keepRoutineSellable = <Data>(
  routineId: WorkflowData<string> | string,
  // A workflow's input is typed as its plain value inside the composer.
  data: WorkflowData<Data> | Data,
  edit: (before: RoutineShape, data: Data, routine: ShapedRoutine) => ShapeEdit
) => {
  const { data: routine } = useQueryGraphStep({
    entity: "routine",
    fields: ROUTINE_SHAPE_FIELDS,
    filters: { id: routineId },
    options: { throwIfKeyNotFound: true, isList: false },
  }).config({ name: "load-routine-shape" })
  ensureRoutineSellableStep(
    transform({ routine, data }, ({ routine, data }) => {
      const before = routineShapeOf(routine as ShapedRoutine)
      return {
        published: routine.status === "published",
        before,
        ...edit(before, data as Data, routine as ShapedRoutine),
      }
    })
  )
  return routine as WorkflowData<ShapedRoutine>
}
