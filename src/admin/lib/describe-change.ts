import type {
  AdminRoutine,
  AdminRoutineChange,
  DiscountAmount,
  DiscountTier,
  DiscountType,
  PromotionPolicy,
  RoutineSubscriptionSettings,
} from "../../types"
import { describeDiscount, POLICY_LABELS } from "./describe-discount"

/** One line of a change: what, and its value before and after (a side is absent for a creation or a deletion). */
export type ChangeLine = { label: string; before?: string; after?: string }

/** An offer as the history records it, whole, before and after. */
type OfferSnapshot = {
  discount_type: DiscountType
  discount_value: number
  min_steps: number | null
  promotion_policy: PromotionPolicy | null
  discount_amounts: DiscountAmount[]
  discount_tiers: DiscountTier[]
} & Partial<RoutineSubscriptionSettings>

type Values = Record<string, unknown>

const assertNever = (value: never): never => {
  throw new Error(`Unknown change subject ${String(value)}`)
}

const VERBS = { create: "added", update: "changed", delete: "removed" } as const

/** A routine's step by id, from the routine as it is now (a deleted step is gone from it). */
const stepTitle = (routine: AdminRoutine, stepId: string) => routine.steps?.find((s) => s.id === stepId)?.title

const text = (value: unknown): string => {
  if (value === null || value === undefined || value === "") return "none"
  if (typeof value === "boolean") return value ? "yes" : "no"
  if (typeof value === "object") return JSON.stringify(value)
  return String(value)
}

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  handle: "Handle",
  description: "Description",
  status: "Status",
  metadata: "Metadata",
  guidance: "Guidance",
  optional: "Optional",
  position: "Position",
  name: "Name",
  starts_at: "Start",
  ends_at: "End",
  thumbnail: "Image",
  seo_title: "Search headline",
  seo_description: "Search snippet",
}

const label = (field: string) => FIELD_LABELS[field] ?? field.replace(/_/g, " ")

const empty = (value: unknown) => value === null || value === undefined || value === ""

/**
 * The fields a routine, step or symptom entry holds, side by side: an update
 * holds only those that changed; of a creation or a deletion, the fields
 * that had a value.
 */
const fieldLines = (before: Values | null, after: Values | null): ChangeLine[] =>
  [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((field) => (before && after) || !empty((before ?? after)![field]))
    .map((field) => ({
      label: label(field),
      ...(before && { before: text(before[field]) }),
      ...(after && { after: text(after[field]) }),
    }))

/** The subscription part of an offer (absent from entries written before subscriptions: none then). */
const subscriptionsPart = (offer: OfferSnapshot) => {
  const weeks = offer.subscription_interval_weeks ?? []
  if (!offer.subscriptions_enabled || !weeks.length) return "Not offered"
  const every = `Every ${weeks.join(", ").replace(/, (\d+)$/, " or $1")} weeks`
  const percentage = Number(offer.subscription_discount_percentage ?? 0)
  return percentage ? `${every}, ${percentage} % more off` : every
}

/** An offer in words, part by part; the first is never left out. */
const offerParts = (offer: OfferSnapshot) => ({
  Discount: describeDiscount({ ...offer, discount_value: Number(offer.discount_value) }),
  "Fewest steps": offer.min_steps == null ? "All but the optional ones" : String(offer.min_steps),
  "Promotion codes": offer.promotion_policy ? POLICY_LABELS[offer.promotion_policy] : "As the plugin is configured",
  Subscriptions: subscriptionsPart(offer),
})

const NO_OFFER = offerParts({
  discount_type: "percentage",
  discount_value: 0,
  min_steps: null,
  promotion_policy: null,
  discount_amounts: [],
  discount_tiers: [],
})

/**
 * An offer change in words, part by part: of an update the parts that moved
 * ("Discount: 10 % off → 60 % off"), of a first offer its discount and what
 * else differs from the defaults.
 */
const offerLines = (before: OfferSnapshot | null, after: OfferSnapshot | null): ChangeLine[] => {
  const was = before && offerParts(before)
  const now = after && offerParts(after)
  const one = (now ?? was)!
  return (Object.keys(one) as (keyof typeof one)[])
    .filter((part, index) => (was && now ? was[part] !== now[part] : index === 0 || one[part] !== NO_OFFER[part]))
    .map((part) => ({ label: part, ...(was && { before: was[part] }), ...(now && { after: now[part] }) }))
}

type Candidate = { product_id: string; is_default: boolean; rank: number }

/** Candidates added, removed, made default or ranked again, by product title where the step still lists it. */
const candidateLines = (routine: AdminRoutine, stepId: string, before: Candidate[], after: Candidate[]): ChangeLine[] => {
  const step = routine.steps?.find((s) => s.id === stepId)
  const name = (id: string) => step?.products?.find((p) => p.id === id)?.title ?? "a product no longer listed"
  const had = new Map(before.map((c) => [c.product_id, c]))
  const has = new Map(after.map((c) => [c.product_id, c]))
  const lines: ChangeLine[] = []
  for (const c of after) {
    const old = had.get(c.product_id)
    if (!old) lines.push({ label: "Added", after: `${name(c.product_id)}${c.is_default ? " (default)" : ""}` })
    else {
      if (!old.is_default && c.is_default) lines.push({ label: "Default", after: name(c.product_id) })
      if (old.is_default && !c.is_default) lines.push({ label: "No longer default", before: name(c.product_id) })
      if (old.rank !== c.rank) lines.push({ label: `Rank of ${name(c.product_id)}`, before: String(old.rank), after: String(c.rank) })
    }
  }
  for (const c of before) if (!has.has(c.product_id)) lines.push({ label: "Removed", before: name(c.product_id) })
  return lines
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`

/** What a history entry says: a headline and its lines. */
export const describeChange = (change: AdminRoutineChange, routine: AdminRoutine): { title: string; lines: ChangeLine[] } => {
  const before = change.before as Values | null
  const after = change.after as Values | null
  switch (change.subject) {
    case "routine":
      return {
        title: change.action === "update" ? "Details changed" : `Routine ${change.action === "create" ? "created" : "deleted"}`,
        lines: fieldLines(before, after),
      }
    case "offer":
      return {
        title: change.action === "create" ? "Offer set" : change.action === "update" ? "Offer changed" : "Offer removed",
        lines: offerLines(before as OfferSnapshot | null, after as OfferSnapshot | null),
      }
    case "publication":
      return {
        title: after?.status === "published" ? "Routine published" : "Routine unpublished",
        lines: [],
      }
    case "step": {
      const title = (after?.title ?? before?.title ?? stepTitle(routine, change.target_id)) as string | undefined
      return {
        title: `Step ${VERBS[change.action]}${title ? `: ${title}` : ""}`,
        // Its position moves with every step added or removed: the order's own entries say where steps went.
        lines: change.action === "update" ? fieldLines(before, after) : [],
      }
    }
    case "step_order": {
      const titles = (values: Values | null) =>
        ((values?.step_ids as string[] | undefined) ?? []).map((id) => stepTitle(routine, id) ?? "a removed step").join(", ")
      return { title: "Steps reordered", lines: [{ label: "Order", before: titles(before), after: titles(after) }] }
    }
    case "candidates": {
      const title = stepTitle(routine, change.target_id)
      return {
        title: `Products changed${title ? `: ${title}` : ""}`,
        lines: candidateLines(
          routine,
          change.target_id,
          (before?.products as Candidate[] | undefined) ?? [],
          (after?.products as Candidate[] | undefined) ?? []
        ),
      }
    }
    case "symptom":
      return { title: `Symptom ${VERBS[change.action]}`, lines: fieldLines(before, after) }
    case "symptom_products": {
      const ids = (values: Values | null) => (values?.product_ids as string[] | undefined) ?? []
      const added = ids(after).filter((id) => !ids(before).includes(id)).length
      const removed = ids(before).filter((id) => !ids(after).includes(id)).length
      return {
        title: "Symptom products changed",
        lines: [{ label: "Products", after: `${count(added, "added product")}, ${count(removed, "removed product")}` }],
      }
    }
    default:
      return assertNever(change.subject)
  }
}

/**
 * Who made a change: the user's email, the secret API key's id for a
 * change made with one, "System" for code with no actor behind it.
 */
export const changeAuthor = (change: AdminRoutineChange) =>
  change.user?.email ??
  (change.changed_by?.startsWith("apk_")
    ? `API key ${change.changed_by}`
    : change.changed_by
      ? "A deleted user"
      : "System")
