import { StatusBadge } from "@medusajs/ui"
import type { SubscriptionRenewalStatus, SubscriptionStatus } from "../../../types"
import { RENEWAL_STATUS_WORDS, SUBSCRIPTION_STATUS_WORDS } from "../../lib/subscription-words"

export const SubscriptionStatusBadge = ({ status }: { status: SubscriptionStatus }) => (
  <StatusBadge color={SUBSCRIPTION_STATUS_WORDS[status].color}>{SUBSCRIPTION_STATUS_WORDS[status].label}</StatusBadge>
)

export const RenewalStatusBadge = ({ status }: { status: SubscriptionRenewalStatus }) => (
  <StatusBadge color={RENEWAL_STATUS_WORDS[status].color}>{RENEWAL_STATUS_WORDS[status].label}</StatusBadge>
)
