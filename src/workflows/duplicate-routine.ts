import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { RoutineOffer } from "../modules/routine/service"
import type { DiscountTier, DiscountType, PromotionPolicy } from "../types"
import { createRoutineWorkflow } from "./create-routine"
import { createCareStepsStep } from "./steps/create-care-steps"
import { recordRoutineChangesStep } from "./steps/record-routine-changes"
import { toLink } from "./update-care-step-products"
import { compact } from "./utils/compact"
import { copyTitle, freeHandle, HANDLE_PREFIX } from "./utils/copy-names"
import type { ChangedBy } from "./utils/history"
import { sortSteps } from "./utils/routine-graph"

export type DuplicateRoutineWorkflowInput = {
  /** The routine to copy. */
  id: string
  /** Default: the routine's title with " (copy)". */
  title?: string
  /** Default: the routine's handle with "-copy", numbered when taken. */
  handle?: string
  additional_data?: Record<string, unknown>
} & ChangedBy

type Link = { product_id: string; is_default: boolean; rank: number }
type SourceStep = {
  handle: string
  title: string
  guidance: string | null
  position: number
  optional: boolean
  metadata: Record<string, unknown> | null
  product_link?: (Link | null)[] | null
}
type SourceRoutine = {
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  seo_title: string | null
  seo_description: string | null
  metadata: Record<string, unknown> | null
  discount_type: DiscountType
  discount_value: number
  min_steps: number | null
  promotion_policy: PromotionPolicy | null
  subscriptions_enabled: boolean
  subscription_interval_weeks: number[] | null
  subscription_discount_percentage: number
  discount_amounts?: (RoutineOffer["discount_amounts"][number] | null)[] | null
  discount_tiers?: (DiscountTier | null)[] | null
  steps?: (SourceStep | null)[] | null
}

const SOURCE_FIELDS = [
  "title",
  "handle",
  "description",
  "thumbnail",
  "seo_title",
  "seo_description",
  "metadata",
  "discount_type",
  "discount_value",
  "min_steps",
  "promotion_policy",
  "subscriptions_enabled",
  "subscription_interval_weeks",
  "subscription_discount_percentage",
  "discount_amounts.currency_code",
  "discount_amounts.amount",
  "discount_tiers.min_steps",
  "discount_tiers.percentage",
  "steps.handle",
  "steps.title",
  "steps.guidance",
  "steps.position",
  "steps.optional",
  "steps.metadata",
  "steps.product_link.product_id",
  "steps.product_link.is_default",
  "steps.product_link.rank",
]

const linksOf = (step: SourceStep): Link[] =>
  compact(step.product_link ?? [])
    .map(({ product_id, is_default, rank }) => ({ product_id, is_default, rank }))
    .sort((a, b) => a.rank - b.rank)

export const duplicateRoutineWorkflowId = "duplicate-routine"

/**
 * A draft copy of a routine, to vary an offer or start a seasonal one from
 * a known good routine: its texts, image and SEO texts, its whole offer
 * (amounts and tiers), its steps in order and each step's candidates with
 * their defaults and ranks. Not its schedule: dates are what a seasonal copy
 * changes, and the original's would have the copy end with it (or already
 * ended) the moment it is published.
 * Bundles, analytics and history stay with the original; the copy's history
 * starts with its creation. Symptoms belong to products, so the copy's
 * finder offers the same ones. All or nothing.
 */
export const duplicateRoutineWorkflow = createWorkflow(
  duplicateRoutineWorkflowId,
  (input: DuplicateRoutineWorkflowInput) => {
    const { data: found } = useQueryGraphStep({
      entity: "routine",
      fields: SOURCE_FIELDS,
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    }).config({ name: "load-routine-to-duplicate" })
    const source = transform({ found }, ({ found }) => found as unknown as SourceRoutine)

    const { data: taken } = useQueryGraphStep({
      entity: "routine",
      fields: ["handle"],
      filters: transform({ source }, ({ source }) => ({ handle: { $like: `${source.handle.slice(0, HANDLE_PREFIX)}%` } })),
    }).config({ name: "load-taken-handles" })

    const routine = createRoutineWorkflow.runAsStep({
      input: transform({ input, source, taken }, ({ input, source, taken }) => ({
        title: input.title ?? copyTitle(source.title),
        // A handle asked for is kept, so a taken one is refused as on create.
        handle: input.handle ?? freeHandle(source.handle, (taken as { handle: string }[]).map((r) => r.handle)),
        description: source.description,
        thumbnail: source.thumbnail,
        seo_title: source.seo_title,
        seo_description: source.seo_description,
        metadata: source.metadata,
        status: "draft" as const,
        discount_type: source.discount_type,
        discount_value: Number(source.discount_value),
        min_steps: source.min_steps,
        promotion_policy: source.promotion_policy,
        subscriptions_enabled: !!source.subscriptions_enabled,
        subscription_interval_weeks: source.subscription_interval_weeks ?? [],
        subscription_discount_percentage: Number(source.subscription_discount_percentage ?? 0),
        discount_amounts: compact(source.discount_amounts ?? []).map(({ currency_code, amount }) => ({
          currency_code,
          amount: Number(amount),
        })),
        discount_tiers: compact(source.discount_tiers ?? []).map(({ min_steps, percentage }) => ({
          min_steps,
          percentage: Number(percentage),
        })),
        changed_by: input.changed_by,
      })),
    })

    const sourceSteps = transform({ source }, ({ source }) => sortSteps(compact(source.steps ?? [])))
    const steps = createCareStepsStep(
      transform({ input, routine, sourceSteps }, ({ input, routine, sourceSteps }) => ({
        steps: sourceSteps.map(({ handle, title, guidance, position, optional, metadata }) => ({
          routine_id: routine.id,
          handle,
          title,
          guidance,
          position,
          optional,
          metadata,
        })),
        changed_by: input.changed_by,
      }))
    )
    // Each new step takes its original's candidates (steps are matched by handle, unique in a routine).
    const candidates = transform({ routine, sourceSteps, steps }, ({ routine, sourceSteps, steps }) =>
      sourceSteps.flatMap((original) => {
        const copy = steps.find((s) => s.handle === original.handle)!
        const links = linksOf(original)
        return links.length ? [{ step_id: copy.id, routine_id: routine.id, links }] : []
      })
    )
    createRemoteLinkStep(
      transform({ candidates }, ({ candidates }) =>
        candidates.flatMap(({ step_id, links }) =>
          links.map(({ product_id, is_default, rank }) => toLink(step_id, product_id, { is_default, rank }))
        )
      )
    )
    recordRoutineChangesStep(
      transform({ input, candidates }, ({ input, candidates }) => ({
        changed_by: input.changed_by,
        changes: candidates.map(({ step_id, routine_id, links }) => ({
          subject: "candidates" as const,
          action: "update" as const,
          routine_id,
          target_id: step_id,
          before: { products: [] },
          after: { products: links },
        })),
      }))
    )

    const routineDuplicated = createHook("routineDuplicated", {
      routine,
      source_id: input.id,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(routine, { hooks: [routineDuplicated] })
  }
)
