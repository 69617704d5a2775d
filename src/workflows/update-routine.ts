import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { CreateRoutineStepInput } from "./steps/create-routine"
import {
  setRoutineDiscountAmountsStep,
  type RoutineDiscountAmountInput,
} from "./steps/set-routine-discount-amounts"
import { updateRoutineStep } from "./steps/update-routine"
import { setRoutineDiscountTiersStep } from "./steps/set-routine-discount-tiers"
import { validateRoutineStep } from "./steps/validate-routine"
import type { DiscountTier } from "../types"
import { routineLock } from "./utils/routine-lock"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"

export type UpdateRoutineWorkflowInput = {
  id: string
  update: Partial<CreateRoutineStepInput> & {
    discount_amounts?: RoutineDiscountAmountInput[]
    discount_tiers?: DiscountTier[]
  }
  additional_data?: Record<string, unknown>
}

export const updateRoutineWorkflowId = "update-routine"

/**
 * Updates a routine. `discount_amounts` and `discount_tiers`, when given,
 * replace the routine's amounts (fixed or set price) and tiers as a whole:
 * those left out are removed.
 */
export const updateRoutineWorkflow = createWorkflow(
  updateRoutineWorkflowId,
  (input: UpdateRoutineWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => routineLock(input.id)))
    const { data: current } = useQueryGraphStep({
      entity: "routine",
      fields: ["id", "discount_type", "discount_value", "steps.id", "discount_tiers.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    })

    const checked = transform({ input, current }, ({ input, current }) => ({
      status: input.update.status,
      discount_type: input.update.discount_type ?? current.discount_type,
      discount_value: input.update.discount_value ?? current.discount_value,
      tier_count: input.update.discount_tiers?.length ?? (current.discount_tiers ?? []).length,
      step_count: current.steps.length,
    }))
    validateRoutineStep(checked)

    const fields = transform({ input }, ({ input }) => {
      const { discount_amounts, discount_tiers, ...update } = input.update
      return { id: input.id, update }
    })
    const routine = updateRoutineStep(fields)

    when({ input }, ({ input }) => !!input.update.discount_amounts).then(() => {
      const amounts = transform({ input }, ({ input }) => ({
        routine_id: input.id,
        amounts: input.update.discount_amounts ?? [],
      }))
      setRoutineDiscountAmountsStep(amounts)
    })

    when("routine-tiers-given", { input }, ({ input }) => !!input.update.discount_tiers).then(() => {
      setRoutineDiscountTiersStep(
        transform({ input }, ({ input }) => ({ routine_id: input.id, tiers: input.update.discount_tiers ?? [] }))
      )
    })

    const routineUpdated = createHook("routineUpdated", {
      routine,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: routineLock(input.id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(routine, { hooks: [routineUpdated] })
  }
)
