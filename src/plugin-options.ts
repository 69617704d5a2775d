import { configManager } from "@medusajs/framework/config"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PARTIAL_RETURN_POLICIES, PROMOTION_POLICIES } from "./types/routine"
import { routineUrlTemplateProblem } from "./lib/storefront-url"

/** The plugin's npm name: its entry in a host app's `plugins`. */
export const PLUGIN_NAME = "medusa-plugin-routine-bundles"

/**
 * The options of `plugins: [{ resolve: "medusa-plugin-routine-bundles", options }]`
 * (or, in this repository's demo app, of the routine module). Unknown keys
 * and wrong types stop the server at start-up with a message naming them.
 */
export const PluginOptionsSchema = z
  .object({
    /**
     * Seconds a bundle workflow waits for a cart's lock held by another
     * request (core's cart workflows wait 2). Long enough that a burst of
     * bundle changes to one cart queues instead of failing.
     */
    cart_lock_timeout_seconds: z.number().int().min(1).max(600).default(60),
    /**
     * Check every cart's bundles in `completeCartWorkflow`'s `validate` hook,
     * so that payment webhooks, which complete carts outside HTTP, are
     * checked too. A hook takes one handler: set false if your app
     * registers its own, and call `validateCartRoutineBundles` from it.
     */
    completion_hook: z.boolean().default(true),
    /**
     * How Medusa promotions meet a bundle when its routine does not say:
     * `combine` (on top of the bundle price, Medusa's own behaviour),
     * `exclusive` (not on bundle lines) or `best_of` (the larger, never both).
     */
    default_promotion_policy: z.enum(PROMOTION_POLICIES).default("combine"),
    /**
     * An offer change that takes more than this percentage off (at its best
     * tier), or moves an amount off or a set price by more than this
     * percentage of what it was, is highlighted in the routine's history and
     * emits `routine.offer_alert` (src/workflows/events.ts).
     */
    offer_alert_percentage: z.number().min(0).max(100).default(50),
    /**
     * What a shopper who keeps part of a bundle pays for it (returns, order
     * edits): `keep_discount` (each item at its bundle price) or
     * `reprice_kept` (what is kept re-priced for the steps kept; the
     * difference comes off the refund as a credit line on the order).
     */
    partial_return_policy: z.enum(PARTIAL_RETURN_POLICIES).default("keep_discount"),
    /**
     * How long the store keeps a routine page (`GET /store/routines/:id`
     * for a shopper who is not logged in) in Medusa's cache module at most;
     * changes invalidate it sooner. 0 turns the cache off.
     */
    routine_page_cache_ttl_seconds: z.number().int().min(0).max(86400).default(300),
    /**
     * The storefront's routine page, for the admin's "View in store":
     * `{handle}` and, if its routes carry the country, `{country_code}`
     * (filled with the store's default region's first country), e.g.
     * `http://localhost:8000/{country_code}/routines/{handle}`. Unset: the
     * admin shows no link.
     */
    /**
     * Days before a subscription's renewal the shopper is invited to the
     * skin check-in (a notification, `routine_subscription.renewal_upcoming`).
     */
    subscription_checkin_days: z.number().int().min(0).max(60).default(3),
    /**
     * Days a renewal waits after the shopper was told of a price change
     * beyond `subscription_price_notice_percentage`: the new price is
     * shown before it is charged, never after.
     */
    subscription_notice_days: z.number().int().min(0).max(60).default(3),
    /**
     * A refill whose total moved by more than this percentage from the last
     * one is not charged before the shopper was told (a notification and the
     * subscription's `price_notice`).
     */
    subscription_price_notice_percentage: z.number().min(0).max(1000).default(10),
    /**
     * Hours after a failed renewal each retry waits, in order; after the
     * last one the renewal fails and the subscription needs action.
     */
    subscription_retry_hours: z.array(z.number().positive().max(24 * 60)).max(10).default([24, 72]),
    storefront_routine_url: z
      .string()
      .superRefine((template, ctx) => {
        const problem = routineUrlTemplateProblem(template)
        if (problem) ctx.addIssue({ code: "custom", message: problem })
      })
      .optional(),
  })
  .strict()

export type PluginOptions = z.output<typeof PluginOptionsSchema>
export type PluginOptionsInput = z.input<typeof PluginOptionsSchema>

/** Medusa adds its own keys to a module's options (the shared database connection). */
const MEDUSA_MODULE_OPTION_KEYS = ["database"]

/** Validated options; a problem is an INVALID_DATA error naming the option. */
export const parsePluginOptions = (raw: unknown): PluginOptions => {
  const own = Object.fromEntries(
    Object.entries((raw ?? {}) as Record<string, unknown>).filter(
      ([key]) => !MEDUSA_MODULE_OPTION_KEYS.includes(key)
    )
  )
  const parsed = PluginOptionsSchema.safeParse(own)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.join(".")
      return issue.code === "unrecognized_keys"
        ? `unknown option ${issue.keys.map((k) => `"${k}"`).join(", ")}`
        : `${path}: ${issue.message}`
    })
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${PLUGIN_NAME} options: ${problems.join("; ")}`
    )
  }
  return parsed.data
}

type Entry = { resolve?: unknown; options?: unknown }

/** The raw options from the app's configuration: the plugin entry, else the routine module's. */
const rawOptions = () => {
  const config = configManager.config as { plugins?: Entry[]; modules?: Record<string, Entry> }
  const plugin = (config.plugins ?? []).find(
    (p) => typeof p.resolve === "string" && (p.resolve === PLUGIN_NAME || p.resolve.endsWith(`/${PLUGIN_NAME}`))
  )
  return plugin?.options ?? config.modules?.routine?.options
}

let cached: PluginOptions | undefined

/** The plugin's options, read once from the app's configuration. */
export const pluginOptions = (): PluginOptions => (cached ??= parsePluginOptions(rawOptions()))
