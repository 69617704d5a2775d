import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateCareStepOrderStepInput = {
  step_ids: string[]
  current_ids: string[]
}

const listed = (label: string, ids: string[]) =>
  ids.length ? [`${label}: ${ids.join(", ")}`] : []

export const validateCareStepOrderStepId = "validate-care-step-order"

/**
 * A new order names every step of the routine once: a partial list would
 * leave the positions of the steps it leaves out undefined.
 */
export const validateCareStepOrderStep = createStep(
  validateCareStepOrderStepId,
  async ({ step_ids, current_ids }: ValidateCareStepOrderStepInput) => {
    const current = new Set(current_ids)
    const given = new Set(step_ids)
    const problems = [
      ...listed(
        "missing",
        current_ids.filter((id) => !given.has(id))
      ),
      ...listed(
        "not in this routine",
        [...given].filter((id) => !current.has(id))
      ),
      ...listed(
        "repeated",
        [...given].filter(
          (id) => step_ids.indexOf(id) !== step_ids.lastIndexOf(id)
        )
      ),
    ]
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `step_ids must list each of the routine's ${current_ids.length} steps exactly once (${problems.join("; ")})`
      )
    }
  }
)
