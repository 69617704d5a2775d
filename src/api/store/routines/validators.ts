import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import type { StoreRoutineQuoteRequest } from "../../../types"
import { MAX_SUBSCRIPTION_WEEKS } from "../../../lib/field-rules"

/**
 * What a shopper may say about the bundle they want. Prices never come from
 * the client: the bodies are strict, so `unit_price` or any other unknown key
 * is a 400 naming it.
 */
export const routineBundleChoiceFields = {
  symptoms: z.array(z.string().min(1)).optional(),
  selections: z.record(z.string(), z.string().min(1)).optional(),
  skip_steps: z.array(z.string().min(1)).optional(),
  quantity: z.number().int().min(1).max(100).optional(),
  /** Null or absent: bought once; else one of the routine's subscription intervals (checked against it). */
  subscription_interval_weeks: z.number().int().min(1).max(MAX_SUBSCRIPTION_WEEKS).nullish(),
}

/** Where a routine is priced: a region, or a cart (its region, address, customer and channel). */
const pricingPlace = {
  region_id: z.string().min(1).optional(),
  cart_id: z.string().min(1).optional(),
  /** Needed only when the publishable key has several sales channels. */
  sales_channel_id: z.string().min(1).optional(),
}

const requirePlace = <T extends { region_id?: string; cart_id?: string }>(value: T, ctx: z.RefinementCtx) => {
  if (!value.region_id && !value.cart_id) {
    ctx.addIssue({
      code: "custom",
      path: ["region_id"],
      message: "region_id (or cart_id) is required: prices depend on the region",
    })
  }
}

export const StoreRoutineQuote = z
  .object({ ...pricingPlace, ...routineBundleChoiceFields, visit_id: z.string().min(1).max(100).optional() })
  .strict()
  .superRefine(requirePlace) satisfies z.ZodType<StoreRoutineQuoteRequest>
export type StoreRoutineQuoteType = z.infer<typeof StoreRoutineQuote>

export const StoreGetRoutineParams = createSelectParams()
  .extend(pricingPlace)
  .superRefine(requirePlace)
export type StoreGetRoutineParamsType = z.infer<typeof StoreGetRoutineParams>

/** With a region or cart, each routine says whether it can be bought there (`sellable`, `unsellable_reason`). */
export const StoreGetRoutinesParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "title",
}).merge(
  z.object({
    q: z.string().optional(),
    id: z.union([z.string(), z.array(z.string())]).optional(),
    handle: z.union([z.string(), z.array(z.string())]).optional(),
    ...pricingPlace,
  })
)
export type StoreGetRoutinesParamsType = z.infer<typeof StoreGetRoutinesParams>
