import type {
  DiscountAmount,
  DiscountTier,
  DiscountType,
  PromotionPolicy,
  RoutineChangeAction,
  RoutineChangeSubject,
  RoutinePageFields,
  RoutineStatus,
  SymptomSummary,
} from "./routine"
import type { RoutineSubscriptionSettings } from "./subscription"

/** The admin API's shapes: the admin pages read them, the routes answer them. */

export type AdminPrice = { id?: string; amount: number; currency_code: string }

export type AdminStepProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
  variants?: { id: string; title: string; sku: string | null; prices?: AdminPrice[] }[]
}

/** A care step ↔ product link row: the merchandiser's default and rank. */
export type AdminProductLink = {
  product_id: string
  care_step_id?: string
  is_default: boolean
  rank: number
}

export type AdminCareStep = {
  id: string
  title: string
  handle: string
  guidance: string | null
  optional: boolean
  position: number
  products?: AdminStepProduct[]
  product_link?: AdminProductLink[]
}

/** A routine's own fields on the admin routes (`AdminRoutine` adds its page). */
type AdminRoutineFields = {
  id: string
  title: string
  handle: string
  description: string | null
  status: RoutineStatus
  discount_type: DiscountType
  discount_value: number
  discount_amounts?: (DiscountAmount & { id?: string })[]
  discount_tiers?: (DiscountTier & { id?: string })[]
  min_steps?: number | null
  promotion_policy?: PromotionPolicy | null
  steps?: AdminCareStep[]
  metadata?: Record<string, unknown> | null
  created_at?: string
  updated_at?: string
  /**
   * The routine's page in the storefront (the `storefront_routine_url`
   * option), on GET /admin/routines/:id and the writes answering one
   * routine; null when the option is unset.
   */
  storefront_url?: string | null
}

/**
 * A routine on the admin routes, with its page (schedule, image, SEO texts).
 * (Each type lists the page apart: the OpenAPI generator cannot read `Omit`
 * of an intersection.)
 */
export type AdminRoutine = AdminRoutineFields & Partial<RoutinePageFields> & Partial<RoutineSubscriptionSettings>

export type AdminSymptom = {
  id: string
  handle: string
  name: string
  description: string | null
  products?: Pick<AdminStepProduct, "id" | "title" | "handle" | "thumbnail">[]
}

export type AdminRoutineInput = {
  title?: string
  handle?: string
  description?: string | null
  status?: RoutineStatus
  discount_type?: DiscountType
  discount_value?: number
  discount_amounts?: DiscountAmount[]
  discount_tiers?: DiscountTier[]
  min_steps?: number | null
  promotion_policy?: PromotionPolicy | null
} & Partial<RoutinePageFields> & Partial<RoutineSubscriptionSettings>

export type AdminCareStepInput = {
  title?: string
  handle?: string
  guidance?: string | null
  optional?: boolean
  position?: number
}

export type AdminStepProductsInput = {
  add?: { product_id: string; is_default?: boolean; rank?: number }[]
  update?: { product_id: string; is_default?: boolean; rank?: number }[]
  remove?: string[]
}

export type AdminSymptomInput = {
  handle?: string
  name?: string
  description?: string | null
}

/** A step a product is a candidate of, with its routine. */
export type AdminProductCareStep = {
  id: string
  title: string
  handle: string
  position: number
  routine: { id: string; title: string; handle: string; status: RoutineStatus }
  is_default: boolean
  rank: number
}

type List = { count: number; offset: number; limit: number }

export type AdminRoutineResponse = { routine: AdminRoutine }
/** A routine in the admin's list: its steps without guidance or products. */
export type AdminRoutineSummary = Omit<AdminRoutineFields, "steps"> & Partial<RoutinePageFields> & {
  steps?: Pick<AdminCareStep, "id" | "handle" | "title" | "position">[]
}
export type AdminRoutineListResponse = List & { routines: AdminRoutineSummary[] }
export type AdminCareStepListResponse = List & { steps: AdminCareStep[] }
export type AdminSymptomResponse = { symptom: AdminSymptom }
export type AdminSymptomListResponse = List & { symptoms: AdminSymptom[] }
export type AdminDeleteResponse = { id: string; object: string; deleted: true }
/** GET /admin/products/:id/routines */
export type AdminProductRoutinesResponse = { care_steps: AdminProductCareStep[]; symptoms: SymptomSummary[] }
/** DELETE /admin/routines/:id/steps/:step_id: the routine as it is after, like core's deletes of a child. */
export type AdminCareStepDeleteResponse = AdminDeleteResponse & { parent: AdminRoutine }

/**
 * One recorded change (GET /admin/routine-changes): who made it, when, and
 * the values before and after (`null` before a creation and after a
 * deletion). `alerts` says why an offer change crossed the store's alert
 * threshold (`offer_alert_percentage`); empty for every other change.
 */
export type AdminRoutineChange = {
  id: string
  subject: RoutineChangeSubject
  action: RoutineChangeAction
  /** The routine concerned; `null` for symptoms, which no routine owns. */
  routine_id: string | null
  /** The routine, step or symptom changed. */
  target_id: string
  /**
   * Who made it: the admin user's id, or the secret API key's (`apk_…`) for
   * a change made with one; `null` when it came from code with no actor.
   */
  changed_by: string | null
  user?: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  alerts: string[]
  created_at: string
}

export type AdminRoutineChangeListResponse = List & { routine_changes: AdminRoutineChange[] }

/** How a readiness check stands: `blocker` stops publishing; a `warning` is for the merchant to weigh. */
export type RoutineReadinessStatus = "ok" | "warning" | "blocker"

/**
 * One line of a routine's checklist (GET /admin/routines/:id/readiness):
 * what is checked, in the merchant's words, and what is wrong when it is not
 * `ok`. `region_id` names the region a check is about.
 */
export type RoutineReadinessCheck = {
  key: string
  status: RoutineReadinessStatus
  label: string
  detail: string | null
  region_id: string | null
}

/** `publishable`: no blocker (the rule publishing applies); warnings do not stop it. */
export type AdminRoutineReadinessResponse = {
  readiness: { publishable: boolean; sales_channel_id: string; checks: RoutineReadinessCheck[] }
}

/**
 * Where and to whom a routine is sold (GET/POST /admin/routines/:id/availability):
 * no sales channel, every channel its products are sold in; no customer
 * group, every shopper; otherwise only those.
 */
export type AdminRoutineAvailability = {
  sales_channels: { id: string; name: string }[]
  customer_groups: { id: string; name: string }[]
  /** Sold only in the channels listed; true with none listed: they were all deleted, so sold in none. */
  sales_channels_restricted: boolean
  /** Sold only to the groups listed; true with none listed: they were all deleted, so sold to no one. */
  customer_groups_restricted: boolean
}

export type AdminRoutineAvailabilityResponse = { availability: AdminRoutineAvailability }

/** Each list given replaces the routine's; [] sells to everyone again. */
export type AdminSetRoutineAvailabilityRequest = {
  sales_channel_ids?: string[]
  customer_group_ids?: string[]
}
