import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateSymptomProductsStepInput = {
  add: string[]
  remove: string[]
}

export const validateSymptomProductsStepId = "validate-symptom-products"

export const validateSymptomProductsStep = createStep(
  validateSymptomProductsStepId,
  async ({ add, remove }: ValidateSymptomProductsStepInput) => {
    const removed = new Set(remove)
    const both = add.filter((id) => removed.has(id))
    if (both.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `a product cannot be both in add and in remove: ${both.join(", ")}`
      )
    }
  }
)
