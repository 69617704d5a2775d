import { MedusaError } from "@medusajs/framework/utils"
import { parsePluginOptions } from "../plugin-options"

describe("parsePluginOptions", () => {
  it("fills the defaults when no options are given", () => {
    expect(parsePluginOptions(undefined)).toEqual({
      cart_lock_timeout_seconds: 60,
      completion_hook: true,
      default_promotion_policy: "combine",
      offer_alert_percentage: 50,
      partial_return_policy: "keep_discount",
      routine_page_cache_ttl_seconds: 300,
      subscription_checkin_days: 3,
      subscription_notice_days: 3,
      subscription_price_notice_percentage: 10,
      subscription_retry_hours: [24, 72],
    })
  })

  it("keeps valid options and ignores the database key Medusa adds to a module's options", () => {
    expect(
      parsePluginOptions({
        cart_lock_timeout_seconds: 5,
        completion_hook: false,
        default_promotion_policy: "best_of",
        offer_alert_percentage: 30,
        partial_return_policy: "reprice_kept",
        routine_page_cache_ttl_seconds: 0,
        storefront_routine_url: "http://localhost:8000/{country_code}/routines/{handle}",
        subscription_checkin_days: 5,
        subscription_notice_days: 2,
        subscription_price_notice_percentage: 15,
        subscription_retry_hours: [1],
        database: { clientUrl: "postgres://x" },
      })
    ).toEqual({
      cart_lock_timeout_seconds: 5,
      completion_hook: false,
      default_promotion_policy: "best_of",
      offer_alert_percentage: 30,
      partial_return_policy: "reprice_kept",
      routine_page_cache_ttl_seconds: 0,
      storefront_routine_url: "http://localhost:8000/{country_code}/routines/{handle}",
      subscription_checkin_days: 5,
      subscription_notice_days: 2,
      subscription_price_notice_percentage: 15,
      subscription_retry_hours: [1],
    })
  })

  it.each([
    [{ bogus: 1 }, 'unknown option "bogus"'],
    [{ cart_lock_timeout_seconds: 0 }, "cart_lock_timeout_seconds:"],
    [{ cart_lock_timeout_seconds: 1.5 }, "cart_lock_timeout_seconds:"],
    [{ completion_hook: "yes" }, "completion_hook:"],
    [{ default_promotion_policy: "stack" }, "default_promotion_policy:"],
    [{ partial_return_policy: "refund_all" }, "partial_return_policy:"],
    [{ routine_page_cache_ttl_seconds: -1 }, "routine_page_cache_ttl_seconds:"],
    [{ storefront_routine_url: "http://shop.example/routines" }, "storefront_routine_url: must contain {handle}"],
    [{ subscription_retry_hours: [0] }, "subscription_retry_hours.0:"],
    [{ subscription_price_notice_percentage: -1 }, "subscription_price_notice_percentage:"],
    [{ storefront_routine_url: "/routines/{handle}" }, "storefront_routine_url: must be an http(s) URL"],
  ])("refuses %j with an INVALID_DATA error naming the option", (raw, fragment) => {
    let error: unknown
    try {
      parsePluginOptions(raw)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    expect((error as MedusaError).message).toContain("medusa-plugin-routine-bundles options:")
    expect((error as MedusaError).message).toContain(fragment)
  })
})
