import { orphanedRestrictionNotes } from "../../../../../lib/routine-availability"
import { scheduleState, type RoutineSchedule } from "../../../../../lib/routine-schedule"
import { purchaseBlockers } from "../../../../../lib/routine-sellability"
import type {
  AdminRoutineAvailability,
  RoutineCoverageResponse,
  RoutineReadinessCheck,
  RoutineSellability,
  RoutineUnsellableReason,
} from "../../../../../types"
import type { RoutineGraph } from "../../../../../workflows/utils/routine-graph"
import { routineShapeOf } from "../../../../../workflows/utils/routine-shape"

/** A routine as a region's shoppers would meet it: whether they can buy it, and the coverage audit there. */
export type RegionReading = {
  region: { id: string; name: string; currency_code: string }
  sellability: RoutineSellability
  coverage: RoutineCoverageResponse
}

const where = ({ name, currency_code }: RegionReading["region"]) => `${name} (${currency_code.toUpperCase()})`

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

const unsellableDetail = (reason: RoutineUnsellableReason, region: RegionReading["region"]): string => {
  const currency = region.currency_code.toUpperCase()
  switch (reason.code) {
    case "no_price_in_currency":
      return `The discount has no ${currency} amount, so shoppers in ${region.name} cannot buy the routine: add one to the offer.`
    case "step_unavailable":
      return reason.steps.length
        ? `No product can fill ${reason.steps
            .map((s) =>
              s.availability === "out_of_stock"
                ? `"${s.title}" (out of stock)`
                : `"${s.title}" (none sold in this sales channel and priced in ${currency})`
            )
            .join(", ")}.`
        : "A bundle would need more steps than the routine has."
  }
}

const sellableCheck = ({ region, sellability }: RegionReading): RoutineReadinessCheck => ({
  key: `sellable:${region.id}`,
  status: sellability.sellable ? "ok" : "warning",
  label: `Shoppers in ${where(region)} can buy it`,
  detail: sellability.unsellable_reason ? unsellableDetail(sellability.unsellable_reason, region) : null,
  region_id: region.id,
})

/** Gaps are combinations left without a product for a step; a fallback still fills its step. */
const coverageCheck = ({ region, coverage }: RegionReading): RoutineReadinessCheck => {
  const audited = coverage.combinations.length
  const gaps = coverage.combinations.filter((c) => !c.complete).length
  const fallbacks = coverage.combinations.filter((c) => c.complete && c.fallback_step_ids.length).length
  const of = `${gaps ? gaps : fallbacks} of ${plural(audited, "symptom combination")}${coverage.sampled ? " (a sample)" : ""}`
  return {
    key: `coverage:${region.id}`,
    status: gaps ? "warning" : "ok",
    label: `Every combination of symptoms gets a complete routine in ${where(region)}`,
    detail: gaps
      ? `${of} leave a step without a product: see the coverage audit.`
      : fallbacks
        ? `${of} use another product for a step because the first choice cannot be sold.`
        : null,
    region_id: region.id,
  }
}

const moment = (value: Date | string) =>
  `${new Date(value).toLocaleString("en-GB", { timeZone: "UTC", dateStyle: "long", timeStyle: "short" })} UTC`

/** When shoppers can buy it, by its schedule: a warning once it has ended, since no shopper can. */
const scheduleCheck = (schedule: RoutineSchedule, at: Date): RoutineReadinessCheck => {
  const state = scheduleState(schedule, at)
  const ends = schedule.ends_at ? `ends on ${moment(schedule.ends_at)}` : null
  const detail =
    state === "ended"
      ? `Ended on ${moment(schedule.ends_at!)}: shoppers cannot buy it until its end is moved.`
      : state === "scheduled"
        ? `Goes live on ${moment(schedule.starts_at!)}${ends ? ` and ${ends}` : ""}.`
        : ends && `Live now; ${ends}.`
  return {
    key: "schedule",
    status: state === "ended" ? "warning" : "ok",
    label: "On sale by its schedule",
    detail,
    region_id: null,
  }
}

const names = (linked: { name: string }[]) => linked.map((l) => l.name).join(", ")

/**
 * Where and to whom it is sold: every channel and shopper, or only those
 * linked; a warning when a restricted side's channels or groups were all
 * deleted, since it then sells to no one.
 */
const availabilityCheck = (availability: AdminRoutineAvailability): RoutineReadinessCheck => {
  const { sales_channels, customer_groups } = availability
  const orphaned = orphanedRestrictionNotes(availability)
  const only = [
    sales_channels.length ? `only in ${names(sales_channels)}` : null,
    customer_groups.length ? `only for customers in ${names(customer_groups)}` : null,
  ].filter(Boolean)
  return {
    key: "availability",
    status: orphaned.length ? "warning" : "ok",
    label: "Who can buy it",
    detail: orphaned.length
      ? orphaned.join(" ")
      : only.length
        ? `Sold ${only.join(", ")}.`
        : "Sold in every sales channel its products are in, to every shopper.",
    region_id: null,
  }
}

/**
 * The checklist a merchant reads before publishing: the rule publishing
 * applies (a blocker), when and to whom it will be sold, then, for every region, whether its shoppers can buy
 * the routine and whether every combination of symptoms gets a complete
 * one (warnings: a store may not sell a routine everywhere). A region whose
 * currency the offer cannot price has no coverage to audit.
 */
export const readinessChecks = (
  routine: RoutineGraph,
  regions: RegionReading[],
  availability: AdminRoutineAvailability,
  at: Date
): RoutineReadinessCheck[] => {
  const blockers = purchaseBlockers(routineShapeOf(routine))
  return [
    {
      key: "structure",
      status: blockers.length ? "blocker" : "ok",
      label: "Every required step has a product shoppers can buy",
      detail: blockers.length ? `It cannot be published: ${blockers.map((b) => b.reason).join("; ")}.` : null,
      region_id: null,
    },
    scheduleCheck(routine, at),
    availabilityCheck(availability),
    ...regions.flatMap((reading) =>
      reading.sellability.unsellable_reason?.code === "no_price_in_currency"
        ? [sellableCheck(reading)]
        : [sellableCheck(reading), coverageCheck(reading)]
    ),
  ]
}
