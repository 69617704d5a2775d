import { z } from "zod"
import { isHttpUrl, MAX_PERCENTAGE, MAX_SEO_DESCRIPTION, MAX_SEO_TITLE } from "../../../api/admin/field-rules"
import { DISCOUNT_TYPES, discountKind } from "../../../lib/discount-kinds"
import { scheduleInOrder } from "../../../lib/routine-schedule"
import { checkNumber, optionalHandle, requiredLine } from "../../lib/form-rules"
import type { ServerFields } from "../../lib/server-errors"
import type {
  DiscountType,
  PromotionPolicy,
  AdminRoutine as Routine,
  AdminRoutineInput as RoutineInput,
} from "../../../types"

/** "Plugin default" in the form: the routine leaves the policy to the plugin option. */
export const DEFAULT_POLICY = "default"

/**
 * A percentage offer is one rate for every bundle or a rate by steps
 * bought, never both: the form sends the one chosen and nothing of the other.
 */
export type RateMode = "single" | "tiers"

export type RoutineFormValues = {
  title: string
  handle: string
  description: string
  discount_type: DiscountType
  rate: RateMode
  // The one rate, as typed.
  discount_value: string
  // Fixed discount or set price per currency code, as typed (a currency's
  // field not yet typed in holds nothing).
  amounts: Record<string, string | undefined>
  // Percentage tiers by steps bought, as typed.
  tiers: { min_steps: string; percentage: string }[]
  // Empty: only optional steps can be left out.
  min_steps: string
  promotion_policy: PromotionPolicy | typeof DEFAULT_POLICY
  // The schedule, as the date pickers hold it (null: no start, no end).
  starts_at: Date | null
  ends_at: Date | null
  // The image's URL once uploaded; empty: none.
  thumbnail: string
  seo_title: string
  seo_description: string
}

export const emptyRoutineForm = (): RoutineFormValues => ({
  title: "",
  handle: "",
  description: "",
  discount_type: "percentage",
  rate: "single",
  discount_value: "",
  amounts: {},
  tiers: [],
  min_steps: "",
  promotion_policy: DEFAULT_POLICY,
  starts_at: null,
  ends_at: null,
  thumbnail: "",
  seo_title: "",
  seo_description: "",
})

const toDate = (instant: string | null | undefined) => (instant ? new Date(instant) : null)

export const routineToForm = (routine: Routine): RoutineFormValues => {
  const tiers = [...(routine.discount_tiers ?? [])].sort((a, b) => a.min_steps - b.min_steps)
  return {
    title: routine.title,
    handle: routine.handle,
    description: routine.description ?? "",
    discount_type: routine.discount_type,
    rate: tiers.length ? "tiers" : "single",
    discount_value: String(routine.discount_value ?? 0),
    amounts: Object.fromEntries(
      (routine.discount_amounts ?? []).map((a) => [a.currency_code, String(a.amount)])
    ),
    tiers: tiers.map((t) => ({ min_steps: String(t.min_steps), percentage: String(Number(t.percentage)) })),
    min_steps: routine.min_steps == null ? "" : String(routine.min_steps),
    promotion_policy: routine.promotion_policy ?? DEFAULT_POLICY,
    starts_at: toDate(routine.starts_at),
    ends_at: toDate(routine.ends_at),
    thumbnail: routine.thumbnail ?? "",
    seo_title: routine.seo_title ?? "",
    seo_description: routine.seo_description ?? "",
  }
}

// Checked against the policies' type: a policy missing here does not compile.
const POLICY_CHOICES = [DEFAULT_POLICY, "combine", "exclusive", "best_of"] as const satisfies readonly RoutineFormValues["promotion_policy"][]
const everyPolicy: [PromotionPolicy] extends [(typeof POLICY_CHOICES)[number]] ? true : never = true
void everyPolicy

/** What the checks need to know of the routine being edited. */
export type RoutineFormContext = {
  // Its steps, once it has any.
  stepCount?: number
  published?: boolean
  // The user may not change the offer: its fields are shown, not checked or sent.
  offerLocked?: boolean
}

/**
 * The routine's checks in the form, as the server makes them
 * (src/api/admin/routines/validators.ts and the routine workflow's
 * validate-routine step), each under its field in plain words.
 */
export const routineSchema = ({ stepCount = 0, published = false, offerLocked = false }: RoutineFormContext = {}) =>
  z
    .object({
      title: requiredLine("Title"),
      handle: optionalHandle("title"),
      description: z.string(),
      discount_type: z.enum(DISCOUNT_TYPES),
      rate: z.enum(["single", "tiers"]),
      discount_value: z.string(),
      amounts: z.record(z.string(), z.string().optional()),
      tiers: z.array(z.object({ min_steps: z.string(), percentage: z.string() })),
      min_steps: z.string(),
      promotion_policy: z.enum(POLICY_CHOICES),
      starts_at: z.date().nullable(),
      ends_at: z.date().nullable(),
      // Uploads give an http(s) URL; anything else came from elsewhere and would not show in the store.
      thumbnail: z.string().refine((url) => url === "" || isHttpUrl(url), "The image must be a web address (http or https)."),
      seo_title: z.string().max(MAX_SEO_TITLE, `Keep the headline to ${MAX_SEO_TITLE} characters: search results cut it.`),
      seo_description: z
        .string()
        .max(MAX_SEO_DESCRIPTION, `Keep the snippet to ${MAX_SEO_DESCRIPTION} characters: search results cut it.`),
    })
    .superRefine((values, ctx) => {
      if (!scheduleInOrder(values)) {
        ctx.addIssue({ code: "custom", path: ["ends_at"], message: "End the sale after it starts." })
      }
      if (offerLocked) return
      switch (discountKind(values.discount_type).input) {
        case "percentage":
          if (values.rate === "single") {
            checkNumber(ctx, ["discount_value"], values.discount_value, {
              label: "a percentage",
              min: 0,
              max: MAX_PERCENTAGE,
            })
          } else {
            checkTiers(ctx, values.tiers)
          }
          break
        case "amounts": {
          const set = Object.entries(values.amounts).flatMap(([currency, amount]) =>
            amount?.trim() ? [[currency, amount] as const] : []
          )
          for (const [currency, amount] of set) {
            checkNumber(ctx, ["amounts", currency], amount, { label: "an amount", min: 0, max: Number.MAX_SAFE_INTEGER })
          }
          if (!set.length) {
            ctx.addIssue({ code: "custom", path: ["amounts"], message: "Set an amount for at least one currency." })
          }
          break
        }
        case "none":
          break
      }
      const minSteps = checkNumber(ctx, ["min_steps"], values.min_steps, {
        label: "a number of steps",
        min: 1,
        integer: true,
        required: false,
      })
      if (published && minSteps !== undefined && stepCount > 0 && minSteps > stepCount) {
        ctx.addIssue({
          code: "custom",
          path: ["min_steps"],
          message: `This routine has ${stepCount} ${stepCount === 1 ? "step" : "steps"}: a bundle cannot need more.`,
        })
      }
    })

const checkTiers = (ctx: z.RefinementCtx, tiers: RoutineFormValues["tiers"]) => {
  if (!tiers.length) {
    ctx.addIssue({
      code: "custom",
      path: ["tiers"],
      message: "Add a tier, or choose one rate for every bundle.",
    })
    return
  }
  const read = tiers.map((tier, index) => ({
    index,
    min_steps: checkNumber(ctx, ["tiers", index, "min_steps"], tier.min_steps, { label: "a number of steps", min: 1, integer: true }),
    percentage: checkNumber(ctx, ["tiers", index, "percentage"], tier.percentage, { label: "a percentage", min: 0, max: MAX_PERCENTAGE }),
  }))
  const seen = new Set<number>()
  for (const tier of read) {
    if (tier.min_steps === undefined) continue
    if (seen.has(tier.min_steps)) {
      ctx.addIssue({
        code: "custom",
        path: ["tiers", tier.index, "min_steps"],
        message: `Another tier already starts at ${tier.min_steps} steps.`,
      })
    }
    seen.add(tier.min_steps)
  }
  // A shopper who keeps one more step must never save less.
  const complete = read
    .filter((t): t is { index: number; min_steps: number; percentage: number } => t.min_steps !== undefined && t.percentage !== undefined)
    .sort((a, b) => a.min_steps - b.min_steps)
  complete.forEach((tier, i) => {
    const before = complete[i - 1]
    if (before && before.min_steps < tier.min_steps && tier.percentage < before.percentage) {
      ctx.addIssue({
        code: "custom",
        path: ["tiers", tier.index, "percentage"],
        message: `More steps must never save less: ${before.min_steps} steps already save ${before.percentage} %.`,
      })
    }
  })
}

/** The body's field names, for a refusal from the server to show under its field. */
export const ROUTINE_SERVER_FIELDS: ServerFields<RoutineFormValues> = {
  title: { path: "title", label: "Title" },
  handle: { path: "handle", label: "Handle" },
  description: { path: "description", label: "Description" },
  discount_type: { path: "discount_type", label: "Discount" },
  discount_value: { path: "discount_value", label: "Percentage" },
  discount_amounts: { path: "amounts", label: "Amounts" },
  discount_tiers: { path: "tiers", label: "Tiers" },
  min_steps: { path: "min_steps", label: "Fewest steps" },
  promotion_policy: { path: "promotion_policy", label: "Promotion codes" },
  starts_at: { path: "starts_at", label: "Start" },
  ends_at: { path: "ends_at", label: "End" },
  thumbnail: { path: "thumbnail", label: "Image" },
  seo_title: { path: "seo_title", label: "Search headline" },
  seo_description: { path: "seo_description", label: "Search snippet" },
}

/** The routine's page: schedule, image and SEO texts, sent on an edit only when changed. */
const PAGE_KEYS = ["starts_at", "ends_at", "thumbnail", "seo_title", "seo_description"] as const satisfies readonly (keyof RoutineInput)[]

/**
 * The offer's fields in a routine's body. Setting any of them needs the
 * `routine_offer:update` permission besides the routine's own.
 */
export const OFFER_KEYS = [
  "discount_type",
  "discount_value",
  "discount_amounts",
  "discount_tiers",
  "min_steps",
  "promotion_policy",
] as const satisfies readonly (keyof RoutineInput)[]

const withoutOffer = (input: RoutineInput): RoutineInput => {
  const own = { ...input }
  for (const key of OFFER_KEYS) delete own[key]
  return own
}

/**
 * An empty handle is left out so the server derives it from the title; blank
 * currency amounts are dropped, so clearing a field removes it. Of the
 * offer, only what the chosen kind uses is sent: one rate or tiers, amounts,
 * or nothing; what was typed for another kind stays in the form only.
 * Amounts and tiers come sorted, so the same offer always reads the same.
 */
export const formToInput = (values: RoutineFormValues): RoutineInput => {
  const input: RoutineInput = {
    title: values.title.trim(),
    description: values.description.trim() || null,
    discount_type: values.discount_type,
    min_steps: values.min_steps.trim() ? Number(values.min_steps) : null,
    promotion_policy: values.promotion_policy === DEFAULT_POLICY ? null : values.promotion_policy,
    starts_at: values.starts_at?.toISOString() ?? null,
    ends_at: values.ends_at?.toISOString() ?? null,
    thumbnail: values.thumbnail || null,
    seo_title: values.seo_title.trim() || null,
    seo_description: values.seo_description.trim() || null,
  }
  if (values.handle.trim()) {
    input.handle = values.handle.trim()
  }
  switch (discountKind(values.discount_type).input) {
    case "percentage":
      if (values.rate === "single") {
        input.discount_value = Number(values.discount_value || 0)
        input.discount_tiers = []
      } else {
        input.discount_tiers = values.tiers
          .map((t) => ({ min_steps: Number(t.min_steps), percentage: Number(t.percentage) }))
          .sort((a, b) => a.min_steps - b.min_steps)
      }
      break
    case "amounts":
      input.discount_tiers = []
      input.discount_amounts = Object.entries(values.amounts)
        .flatMap(([currency_code, amount]) => (amount?.trim() ? [{ currency_code, amount: Number(amount) }] : []))
        .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
      break
    case "none":
      input.discount_tiers = []
      break
  }
  return input
}

/** A new routine's body: without its offer when the user may not set one (the server keeps its defaults). */
export const createInput = (values: RoutineFormValues, mayChangeOffer: boolean): RoutineInput =>
  mayChangeOffer ? formToInput(values) : withoutOffer(formToInput(values))

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * An edit's body: the routine's own fields, and of the offer and the page
 * only what differs from what is saved, nothing of the offer when the user
 * may not change it. A title edit then never touches the offer: it needs no offer
 * permission and leaves no offer entry in the history.
 */
export const editInput = (values: RoutineFormValues, saved: Routine, mayChangeOffer: boolean): RoutineInput => {
  const before = formToInput(routineToForm(saved))
  const input = formToInput(values)
  for (const key of mayChangeOffer ? [...OFFER_KEYS, ...PAGE_KEYS] : PAGE_KEYS) {
    if (same(input[key], before[key])) delete input[key]
  }
  return mayChangeOffer ? input : withoutOffer(input)
}
