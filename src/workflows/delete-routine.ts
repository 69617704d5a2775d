import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  removeRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { ROUTINE_MODULE } from "../modules/routine"
import { deleteRoutineStep } from "./steps/delete-routine"
import { compact } from "./utils/compact"

export type DeleteRoutineWorkflowInput = { id: string }

export const deleteRoutineWorkflowId = "delete-routine"

/**
 * Soft-deletes a routine with its steps and discount amounts, and the links
 * from its steps to products.
 */
export const deleteRoutineWorkflow = createWorkflow(
  deleteRoutineWorkflowId,
  (input: DeleteRoutineWorkflowInput) => {
    const { data: routine } = useQueryGraphStep({
      entity: "routine",
      fields: ["id", "steps.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    })

    deleteRoutineStep(input.id)

    const stepIds = transform({ routine }, ({ routine }) =>
      compact(routine.steps as ({ id: string } | null)[]).map((step) => step.id)
    )
    removeRemoteLinkStep({ [ROUTINE_MODULE]: { care_step_id: stepIds } })

    const routineDeleted = createHook("routineDeleted", { id: input.id })
    return new WorkflowResponse(void 0, { hooks: [routineDeleted] })
  }
)
