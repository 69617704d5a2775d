import type {
  SubscriptionCancelReason,
  SubscriptionFailureReason,
  SubscriptionRenewalStatus,
  SubscriptionStatus,
} from "../../types"

type Color = "green" | "orange" | "red" | "grey" | "blue"

// Each table is checked against its union: a status or reason added to the
// vocabulary and missing here does not compile.

export const SUBSCRIPTION_STATUS_WORDS = {
  active: { label: "Active", color: "green" },
  paused: { label: "Paused", color: "grey" },
  needs_action: { label: "Needs action", color: "orange" },
  cancelled: { label: "Cancelled", color: "red" },
} as const satisfies Record<SubscriptionStatus, { label: string; color: Color }>

export const RENEWAL_STATUS_WORDS = {
  pending: { label: "Pending", color: "blue" },
  succeeded: { label: "Ordered", color: "green" },
  failed: { label: "Failed", color: "red" },
  skipped: { label: "Skipped", color: "grey" },
} as const satisfies Record<SubscriptionRenewalStatus, { label: string; color: Color }>

/** Why a renewal could not complete, in the merchant's words, with what to do about it. */
export const FAILURE_REASON_WORDS = {
  routine_unavailable:
    "The routine is no longer sold to this shopper (unpublished, deleted, out of its schedule or not offered to them), or no longer at the subscription's interval.",
  unsellable_step: "A step of the refill has nothing in stock and no product to fall back on.",
  payment_failed: "The payment provider refused the saved payment method.",
  shipping_unavailable: "The saved shipping option no longer ships to the subscription's address.",
  error: "The renewal failed for another reason.",
} as const satisfies Record<SubscriptionFailureReason, string>

export const CANCEL_REASON_WORDS = {
  too_expensive: "Too expensive",
  skin_improved: "Skin improved",
  not_working: "Not working",
  too_much_product: "Too much product",
  other: "Other",
} as const satisfies Record<SubscriptionCancelReason, string>

export const intervalWords = (weeks: number) => (weeks === 1 ? "Every week" : `Every ${weeks} weeks`)
