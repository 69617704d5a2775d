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
  updateRemoteLinksStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { ROUTINE_MODULE } from "../modules/routine"
import {
  validateCareStepProductsStep,
  type CareStepProductInput,
} from "./steps/validate-care-step-products"
import { compact } from "./utils/compact"
import { routineLock } from "./utils/routine-lock"
import { keepRoutineSellable } from "./utils/keep-routine-sellable"
import { raiseRoutineOfferVersionStep } from "./steps/raise-routine-offer-version"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import { recordRoutineChangesStep } from "./steps/record-routine-changes"
import type { ChangedBy } from "./utils/history"

export type UpdateCareStepProductsWorkflowInput = {
  routine_id: string
  step_id: string
  add?: CareStepProductInput[]
  update?: CareStepProductInput[]
  remove?: string[]
  additional_data?: Record<string, unknown>
} & ChangedBy

type StepProductLink = { product_id: string; is_default: boolean; rank: number }

/** The link row between a care step and a product, with its data when written. */
export const toLink = (
  stepId: string,
  productId: string,
  data?: Omit<StepProductLink, "product_id">
): LinkDefinition => ({
  [ROUTINE_MODULE]: { care_step_id: stepId },
  [Modules.PRODUCT]: { product_id: productId },
  ...(data && { data }),
})

/**
 * The link writes that take a step from its current products to the
 * requested ones. A product made the default takes the flag from whichever
 * product had it; a product added without a rank goes after the others.
 */
export const planCareStepProductLinks = (
  stepId: string,
  linked: StepProductLink[],
  { add = [], update = [], remove = [] }: UpdateCareStepProductsWorkflowInput
) => {
  const removed = new Set(remove)
  const kept = linked.filter((l) => !removed.has(l.product_id))
  const changes = new Map(update.map((p) => [p.product_id, p]))
  const newDefault = [...add, ...update].find((p) => p.is_default)?.product_id
  const nextRank = Math.max(-1, ...kept.map((l) => l.rank)) + 1

  const updated = kept.flatMap((current) => {
    const change = changes.get(current.product_id)
    const is_default = newDefault
      ? current.product_id === newDefault
      : change?.is_default ?? current.is_default
    const rank = change?.rank ?? current.rank
    return is_default !== current.is_default || rank !== current.rank
      ? [toLink(stepId, current.product_id, { is_default, rank })]
      : []
  })

  return {
    dismiss: linked
      .filter((l) => removed.has(l.product_id))
      .map((l) => toLink(stepId, l.product_id)),
    update: updated,
    create: add.map((p, index) =>
      toLink(stepId, p.product_id, {
        is_default: !!p.is_default,
        rank: p.rank ?? nextRank + index,
      })
    ),
  }
}

/** A step's candidates once a plan of planCareStepProductLinks is written, by rank. */
const linksAfterPlan = (linked: StepProductLink[], plan: ReturnType<typeof planCareStepProductLinks>): StepProductLink[] => {
  const productOf = (link: LinkDefinition) => (link[Modules.PRODUCT] as { product_id: string }).product_id
  const dismissed = new Set(plan.dismiss.map(productOf))
  const updated = new Map(plan.update.map((link) => [productOf(link), link.data as Omit<StepProductLink, "product_id">]))
  return [
    ...linked.filter((l) => !dismissed.has(l.product_id)).map((l) => ({ ...l, ...updated.get(l.product_id) })),
    ...plan.create.map((link) => ({ product_id: productOf(link), ...(link.data as Omit<StepProductLink, "product_id">) })),
  ]
    .map(({ product_id, is_default, rank }) => ({ product_id, is_default, rank }))
    .sort((a, b) => a.rank - b.rank)
}

export const updateCareStepProductsWorkflowId = "update-care-step-products"

/**
 * Adds, changes and removes the candidate products of a care step.
 */
export const updateCareStepProductsWorkflow = createWorkflow(
  updateCareStepProductsWorkflowId,
  (input: UpdateCareStepProductsWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => routineLock(input.routine_id)))
    const { data: step } = useQueryGraphStep({
      entity: "care_step",
      fields: [
        "id",
        "product_link.product_id",
        "product_link.is_default",
        "product_link.rank",
      ],
      filters: { id: input.step_id, routine_id: input.routine_id },
      options: { throwIfKeyNotFound: true, isList: false },
    })

    const addedIds = transform({ input }, ({ input }) =>
      (input.add ?? []).map((p) => p.product_id)
    )
    when({ addedIds }, ({ addedIds }) => addedIds.length > 0).then(() => {
      useQueryGraphStep({
        entity: "product",
        fields: ["id"],
        filters: { id: addedIds },
        options: { throwIfKeyNotFound: true },
      }).config({ name: "validate-added-products" })
    })

    const linked = transform({ step }, ({ step }) =>
      compact((step.product_link ?? []) as (StepProductLink | null)[])
    )
    const check = transform({ input, linked }, ({ input, linked }) => ({
      add: input.add ?? [],
      update: input.update ?? [],
      remove: input.remove ?? [],
      linked_product_ids: linked.map((l) => l.product_id),
    }))
    validateCareStepProductsStep(check)

    const plan = transform({ input, linked }, ({ input, linked }) =>
      planCareStepProductLinks(input.step_id, linked, input)
    )
    // The step's products shoppers can buy once written: its published ones
    // not removed, and those added (whose status the add does not check).
    keepRoutineSellable(input.routine_id, input, (before, input, routine) => {
      const removed = new Set(input.remove ?? [])
      const published = compact(compact(routine.steps ?? []).find((s) => s.id === input.step_id)?.products ?? [])
        .filter((p) => p.status === "published" && !removed.has(p.id))
      const count = published.length + (input.add ?? []).length
      return {
        after: { ...before, steps: before.steps.map((s) => (s.id === input.step_id ? { ...s, product_count: count } : s)) },
        change: `Removing the last product of the step "${before.steps.find((s) => s.id === input.step_id)?.title}"`,
        instead: "Add another product first, or make the step optional.",
      }
    })
    dismissRemoteLinkStep(plan.dismiss)
    updateRemoteLinksStep(plan.update)
    createRemoteLinkStep(plan.create)
    recordRoutineChangesStep(
      transform({ input, linked, plan }, ({ input, linked, plan }) => {
        const before = [...linked].map(({ product_id, is_default, rank }) => ({ product_id, is_default, rank })).sort((a, b) => a.rank - b.rank)
        const after = linksAfterPlan(linked, plan)
        const changed = JSON.stringify(before) !== JSON.stringify(after)
        return {
          changed_by: input.changed_by,
          changes: changed
            ? [
                {
                  subject: "candidates" as const,
                  action: "update" as const,
                  routine_id: input.routine_id,
                  target_id: input.step_id,
                  before: { products: before },
                  after: { products: after },
                },
              ]
            : [],
        }
      })
    )

    const careStepProductsUpdated = createHook("careStepProductsUpdated", {
      step_id: input.step_id,
      routine_id: input.routine_id,
      additional_data: input.additional_data,
    })
    raiseRoutineOfferVersionStep({ routine_id: input.routine_id })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: routineLock(input.routine_id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(void 0, { hooks: [careStepProductsUpdated] })
  }
)
