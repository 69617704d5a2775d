import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
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
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import { validateAvailabilityTargetsStep } from "./steps/validate-availability-targets"
import { compact } from "./utils/compact"
import { routineLock } from "./utils/routine-lock"

export type SetRoutineAvailabilityWorkflowInput = {
  id: string
  /** The only channels it is sold in; [] for every channel. Omitted: unchanged. */
  sales_channel_ids?: string[]
  /** The only customer groups it is sold to; [] for every shopper. Omitted: unchanged. */
  customer_group_ids?: string[]
  additional_data?: Record<string, unknown>
}

type Linked = { sales_channels?: ({ id: string } | null)[] | null; customer_groups?: ({ id: string } | null)[] | null }

const SIDES = [
  { key: "sales_channel_ids", relation: "sales_channels", module: Modules.SALES_CHANNEL, field: "sales_channel_id" },
  { key: "customer_group_ids", relation: "customer_groups", module: Modules.CUSTOMER, field: "customer_group_id" },
] as const

/** The links to create and to dismiss to bring the routine's channels and groups to those asked for. */
export const planAvailabilityLinks = (input: SetRoutineAvailabilityWorkflowInput, current: Linked) => {
  const plan = { create: [] as LinkDefinition[], dismiss: [] as LinkDefinition[] }
  for (const side of SIDES) {
    const wanted = input[side.key]
    if (!wanted) continue
    const existing = compact(current[side.relation] ?? []).map((l) => l.id)
    const link = (id: string) => ({ [ROUTINE_MODULE]: { routine_id: input.id }, [side.module]: { [side.field]: id } })
    plan.create.push(...[...new Set(wanted)].filter((id) => !existing.includes(id)).map(link))
    plan.dismiss.push(...existing.filter((id) => !wanted.includes(id)).map(link))
  }
  return plan
}

export const setRoutineAvailabilityWorkflowId = "set-routine-availability"

/**
 * Sets the sales channels a routine is sold in and the customer groups it is
 * sold to (src/lib/routine-availability.ts says what they mean), replacing
 * each list given. An unknown channel or group is a 404 and changes nothing;
 * the routine's store pages are read afresh afterwards.
 */
export const setRoutineAvailabilityWorkflow = createWorkflow(
  setRoutineAvailabilityWorkflowId,
  (input: SetRoutineAvailabilityWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => routineLock(input.id)))
    const { data: routine } = useQueryGraphStep({
      entity: "routine",
      fields: ["id", "sales_channels.id", "customer_groups.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    })
    validateAvailabilityTargetsStep({
      sales_channel_ids: input.sales_channel_ids,
      customer_group_ids: input.customer_group_ids,
    })
    const plan = transform({ input, routine }, ({ input, routine }) => planAvailabilityLinks(input, routine as Linked))
    dismissRemoteLinkStep(transform({ plan }, ({ plan }) => plan.dismiss))
    createRemoteLinkStep(transform({ plan }, ({ plan }) => plan.create))

    const routineAvailabilitySet = createHook("routineAvailabilitySet", {
      id: input.id,
      sales_channel_ids: input.sales_channel_ids,
      customer_group_ids: input.customer_group_ids,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: routineLock(input.id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse({ id: input.id }, { hooks: [routineAvailabilitySet] })
  }
)
