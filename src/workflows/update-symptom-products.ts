import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { ROUTINE_MODULE } from "../modules/routine"
import { validateSymptomProductsStep } from "./steps/validate-symptom-products"
import { compact } from "./utils/compact"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import { symptomLock } from "./utils/routine-lock"
import { recordRoutineChangesStep } from "./steps/record-routine-changes"
import type { ChangedBy } from "./utils/history"

export type UpdateSymptomProductsWorkflowInput = {
  id: string
  add?: string[]
  remove?: string[]
  additional_data?: Record<string, unknown>
} & ChangedBy

const toLink = (symptomId: string, productId: string): LinkDefinition => ({
  [ROUTINE_MODULE]: { symptom_id: symptomId },
  [Modules.PRODUCT]: { product_id: productId },
})

/**
 * Only links that change are written: re-adding a linked product or removing
 * an unlinked one is a no-op, and a rollback then undoes exactly this call.
 */
const planSymptomProductLinks = (
  { id, add = [], remove = [] }: UpdateSymptomProductsWorkflowInput,
  linkedIds: string[]
) => {
  const linked = new Set(linkedIds)
  return {
    create: [...new Set(add)]
      .filter((productId) => !linked.has(productId))
      .map((productId) => toLink(id, productId)),
    dismiss: [...new Set(remove)]
      .filter((productId) => linked.has(productId))
      .map((productId) => toLink(id, productId)),
  }
}

export const updateSymptomProductsWorkflowId = "update-symptom-products"

export const updateSymptomProductsWorkflow = createWorkflow(
  updateSymptomProductsWorkflowId,
  (input: UpdateSymptomProductsWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => symptomLock(input.id)))
    const { data: symptom } = useQueryGraphStep({
      entity: "symptom",
      fields: ["id", "product_link.product_id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    })

    const check = transform({ input }, ({ input }) => ({
      add: input.add ?? [],
      remove: input.remove ?? [],
    }))
    validateSymptomProductsStep(check)

    when({ check }, ({ check }) => check.add.length > 0).then(() => {
      useQueryGraphStep({
        entity: "product",
        fields: ["id"],
        filters: { id: check.add },
        options: { throwIfKeyNotFound: true },
      }).config({ name: "validate-added-products" })
    })

    const linkedIds = transform({ symptom }, ({ symptom }) =>
      compact((symptom.product_link ?? []) as ({ product_id: string } | null)[]).map((l) => l.product_id)
    )
    const plan = transform({ input, linkedIds }, ({ input, linkedIds }) => planSymptomProductLinks(input, linkedIds))
    dismissRemoteLinkStep(plan.dismiss)
    createRemoteLinkStep(plan.create)
    recordRoutineChangesStep(
      transform({ input, linkedIds, plan }, ({ input, linkedIds, plan }) => {
        const productOf = (link: LinkDefinition) => (link[Modules.PRODUCT] as { product_id: string }).product_id
        const dismissed = new Set(plan.dismiss.map(productOf))
        const after = [...linkedIds.filter((id) => !dismissed.has(id)), ...plan.create.map(productOf)].sort()
        return {
          changed_by: input.changed_by,
          changes:
            plan.create.length || plan.dismiss.length
              ? [
                  {
                    subject: "symptom_products" as const,
                    action: "update" as const,
                    routine_id: null,
                    target_id: input.id,
                    before: { product_ids: [...linkedIds].sort() },
                    after: { product_ids: after },
                  },
                ]
              : [],
        }
      })
    )

    const symptomProductsUpdated = createHook("symptomProductsUpdated", {
      id: input.id,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: symptomLock(input.id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(void 0, { hooks: [symptomProductsUpdated] })
  }
)
