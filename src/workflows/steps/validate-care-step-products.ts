import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type CareStepProductInput = {
  product_id: string
  is_default?: boolean
  rank?: number
}

export type ValidateCareStepProductsStepInput = {
  add: CareStepProductInput[]
  update: CareStepProductInput[]
  remove: string[]
  linked_product_ids: string[]
}

const repeated = (ids: string[]) =>
  [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))]

export const validateCareStepProductsStepId = "validate-care-step-products"

/**
 * Adding a product that is already linked is refused rather than read as an
 * update, so a stale form cannot overwrite a link's default flag and rank.
 */
export const validateCareStepProductsStep = createStep(
  validateCareStepProductsStepId,
  async ({
    add,
    update,
    remove,
    linked_product_ids,
  }: ValidateCareStepProductsStepInput) => {
    const linked = new Set(linked_product_ids)
    const problems: string[] = []

    const mentioned = repeated([
      ...add.map((p) => p.product_id),
      ...update.map((p) => p.product_id),
      ...remove,
    ])
    if (mentioned.length) {
      problems.push(
        `each product may appear once across add, update and remove: ${mentioned.join(", ")}`
      )
    }
    const defaults = [...add, ...update].filter((p) => p.is_default)
    if (defaults.length > 1) {
      problems.push(
        `is_default may be true for one product of a step only, got ${defaults.map((p) => p.product_id).join(", ")}`
      )
    }
    const alreadyLinked = add.filter((p) => linked.has(p.product_id))
    if (alreadyLinked.length) {
      problems.push(
        `add: already linked to this step (use update): ${alreadyLinked.map((p) => p.product_id).join(", ")}`
      )
    }
    const notLinked = update.filter((p) => !linked.has(p.product_id))
    if (notLinked.length) {
      problems.push(
        `update: not linked to this step: ${notLinked.map((p) => p.product_id).join(", ")}`
      )
    }

    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        problems.join("; ")
      )
    }
  }
)
