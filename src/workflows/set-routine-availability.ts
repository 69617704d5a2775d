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
import { setRoutineRestrictionsStep, type RoutineAvailabilitySnapshot } from "./steps/set-routine-restrictions"
import { validateAvailabilityTargetsStep } from "./steps/validate-availability-targets"
import { compact } from "./utils/compact"
import type { ChangedBy } from "./utils/history"
import { routineLock } from "./utils/routine-lock"

export type SetRoutineAvailabilityWorkflowInput = ChangedBy & {
  id: string
  /** The only channels it is sold in; [] for every channel. Omitted: unchanged. */
  sales_channel_ids?: string[]
  /** The only customer groups it is sold to; [] for every shopper. Omitted: unchanged. */
  customer_group_ids?: string[]
  additional_data?: Record<string, unknown>
}

type Linked = {
  sales_channels?: ({ id: string } | null)[] | null
  customer_groups?: ({ id: string } | null)[] | null
  sales_channels_restricted?: boolean | null
  customer_groups_restricted?: boolean | null
}

const SIDES = [
  {
    key: "sales_channel_ids",
    relation: "sales_channels",
    restricted: "sales_channels_restricted",
    module: Modules.SALES_CHANNEL,
    field: "sales_channel_id",
  },
  {
    key: "customer_group_ids",
    relation: "customer_groups",
    restricted: "customer_groups_restricted",
    module: Modules.CUSTOMER,
    field: "customer_group_id",
  },
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

/**
 * The routine's availability before and after the change, for its flags and
 * its history: a side given is restricted when it names at least one
 * channel or group ([] sells to everyone again); a side omitted keeps its
 * links and flag.
 */
export const availabilityChange = (input: SetRoutineAvailabilityWorkflowInput, current: Linked) => {
  const before = {} as RoutineAvailabilitySnapshot
  const after = {} as RoutineAvailabilitySnapshot
  for (const side of SIDES) {
    const existing = compact(current[side.relation] ?? []).map((l) => l.id).sort()
    const wanted = input[side.key]
    before[side.key] = existing
    before[side.restricted] = !!current[side.restricted]
    after[side.key] = wanted ? [...new Set(wanted)].sort() : existing
    after[side.restricted] = wanted ? wanted.length > 0 : before[side.restricted]
  }
  return { before, after }
}

export const setRoutineAvailabilityWorkflowId = "set-routine-availability"

/**
 * Sets the sales channels a routine is sold in and the customer groups it is
 * sold to (src/lib/routine-availability.ts says what they mean), replacing
 * each list given, and whether each side is restricted (which outlives the
 * links when their channels or groups are deleted), with an entry in the
 * routine's history. An unknown channel or group is a 404 and changes
 * nothing; the routine's store pages are read afresh afterwards.
 */
export const setRoutineAvailabilityWorkflow = createWorkflow(
  setRoutineAvailabilityWorkflowId,
  (input: SetRoutineAvailabilityWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => routineLock(input.id)))
    const { data: routine } = useQueryGraphStep({
      entity: "routine",
      fields: ["id", "sales_channels_restricted", "customer_groups_restricted", "sales_channels.id", "customer_groups.id"],
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
    setRoutineRestrictionsStep(
      transform({ input, routine }, ({ input, routine }) => ({
        id: input.id,
        changed_by: input.changed_by,
        ...availabilityChange(input, routine as Linked),
      }))
    )

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
