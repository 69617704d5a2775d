import { toHandle } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRoutineStep,
  type CreateRoutineStepInput,
} from "./steps/create-routine"
import {
  setRoutineDiscountAmountsStep,
  type RoutineDiscountAmountInput,
} from "./steps/set-routine-discount-amounts"
import { validateRoutineStep } from "./steps/validate-routine"

export type CreateRoutineWorkflowInput = Omit<
  CreateRoutineStepInput,
  "handle"
> & {
  handle?: string
  discount_amounts?: RoutineDiscountAmountInput[]
  additional_data?: Record<string, unknown>
}

const toRoutineData = ({
  additional_data,
  discount_amounts,
  ...routine
}: CreateRoutineWorkflowInput): CreateRoutineStepInput => ({
  ...routine,
  handle: routine.handle ?? toHandle(routine.title),
})

export const createRoutineWorkflowId = "create-routine"

/**
 * Creates a routine, with its fixed discount amounts when given. A new
 * routine has no steps yet, so it cannot be created as published.
 */
export const createRoutineWorkflow = createWorkflow(
  createRoutineWorkflowId,
  (input: CreateRoutineWorkflowInput) => {
    const data = transform({ input }, ({ input }) => toRoutineData(input))
    const checked = transform({ data }, ({ data }) => ({
      status: data.status,
      discount_type: data.discount_type ?? "percentage",
      discount_value: data.discount_value ?? 0,
      step_count: 0,
    }))
    validateRoutineStep(checked)

    const routine = createRoutineStep(data)

    when({ input }, ({ input }) => !!input.discount_amounts?.length).then(
      () => {
        const amounts = transform({ input, routine }, ({ input, routine }) => ({
          routine_id: routine.id,
          amounts: input.discount_amounts ?? [],
        }))
        setRoutineDiscountAmountsStep(amounts)
      }
    )

    const routineCreated = createHook("routineCreated", {
      routine,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(routine, { hooks: [routineCreated] })
  }
)
