import { model } from "@medusajs/framework/utils"
import { DISCOUNT_TYPES, PROMOTION_POLICIES, ROUTINE_STATUSES } from "../../../types/routine"
import { CareStep } from "./care-step"
import { RoutineDiscountAmount } from "./routine-discount-amount"
import { RoutineDiscountTier } from "./routine-discount-tier"
import { RoutineBundle } from "./routine-bundle"
import { RoutineSubscription } from "./routine-subscription"

export const Routine = model
  .define("routine", {
    id: model.id({ prefix: "rtn" }).primaryKey(),
    handle: model.text().searchable(),
    // Translatable texts are listed in the Translation module's settings
    // (Settings → Translations) and read in the shopper's language by the
    // store routes (src/api/store/utils/locale.ts).
    title: model.text().searchable().translatable(),
    description: model.text().translatable().nullable(),
    status: model.enum([...ROUTINE_STATUSES]).default("draft"),
    // For `percentage` the value is the percent off the subtotal (or the
    // tiers decide); for `fixed` and `set_price` the amounts live per
    // currency in `discount_amounts`.
    discount_type: model.enum([...DISCOUNT_TYPES]).default("percentage"),
    discount_value: model.bigNumber().default(0),
    /**
     * Null: only optional steps can be left out. A number: the shopper may
     * leave out any step they already own, keeping at least this many.
     */
    min_steps: model.number().nullable(),
    /** Null: the plugin's `default_promotion_policy`. */
    promotion_policy: model.enum([...PROMOTION_POLICIES]).nullable(),
    /**
     * The offer (discount type and value, amounts, tiers, fewest steps,
     * promotion policy) is one value: every change of it is written in one
     * transaction that raises this number, and a reader that saw it change
     * while reading reads again (src/workflows/utils/read-routine-graph.ts).
     */
    offer_version: model.number().default(1),
    /**
     * The schedule of a published routine: sold from `starts_at` (null: at
     * once) until `ends_at` (null: with no end). src/lib/routine-schedule.ts
     * reads them; a draft is never sold whatever its dates.
     */
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    /**
     * Whether the merchant sells it only in the linked sales channels, and
     * only to the linked customer groups (src/lib/routine-availability.ts).
     * Kept beside the links because a deleted channel or group takes its
     * link with it: a restricted side whose links all vanished then sells
     * to no one rather than to everyone.
     */
    sales_channels_restricted: model.boolean().default(false),
    customer_groups_restricted: model.boolean().default(false),
    /** The routine's image, a URL (an upload through Medusa's file module in the admin). */
    thumbnail: model.text().nullable(),
    /** The storefront page's <title> and meta description; null: the title and description. */
    seo_title: model.text().translatable().nullable(),
    seo_description: model.text().translatable().nullable(),
    /**
     * Subscriptions (src/types/subscription.ts, RoutineSubscriptionSettings):
     * part of the offer, so changing them raises `offer_version` too. The
     * intervals are weeks, ascending; the discount a percentage taken off
     * the offer's price for subscribers.
     */
    subscriptions_enabled: model.boolean().default(false),
    /** A JSON array of weeks, e.g. [4, 6, 8]; null: none set. */
    subscription_interval_weeks: model.json().nullable(),
    subscription_discount_percentage: model.bigNumber().default(0),
    metadata: model.json().nullable(),
    subscriptions: model.hasMany(() => RoutineSubscription, { mappedBy: "routine" }),
    steps: model.hasMany(() => CareStep, { mappedBy: "routine" }),
    discount_amounts: model.hasMany(() => RoutineDiscountAmount, {
      mappedBy: "routine",
    }),
    discount_tiers: model.hasMany(() => RoutineDiscountTier, {
      mappedBy: "routine",
    }),
    bundles: model.hasMany(() => RoutineBundle, { mappedBy: "routine" }),
  })
  .cascades({ delete: ["steps", "discount_amounts", "discount_tiers"] })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "routine_discount_value_range",
      expression: (columns) =>
        `${columns.discount_value} >= 0 AND (${columns.discount_type} <> 'percentage' OR ${columns.discount_value} <= 100)`,
    },
    {
      name: "routine_min_steps_positive",
      expression: (columns) => `${columns.min_steps} IS NULL OR ${columns.min_steps} >= 1`,
    },
    {
      name: "routine_subscription_discount_range",
      expression: (columns) =>
        `${columns.subscription_discount_percentage} >= 0 AND ${columns.subscription_discount_percentage} < 100`,
    },
    {
      name: "routine_schedule_order",
      expression: (columns) =>
        `${columns.starts_at} IS NULL OR ${columns.ends_at} IS NULL OR ${columns.ends_at} > ${columns.starts_at}`,
    },
  ])
