import { Alert, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { RoutineSubscription, RoutineSubscriptionOrder, RoutineSubscriptionRenewal } from "../../../types"
import { useChangeRoutineSubscription } from "../../hooks/routine-subscriptions"
import { formatAmount, formatInstant } from "../../lib/format"
import { FAILURE_REASON_WORDS } from "../../lib/subscription-words"

/**
 * What a "renew now" did: placed the renewal (its order), recorded a failed
 * attempt (the answer is a 200: the renewal keeps its reason and retry), or
 * was refused before anything was ordered (a 409: a price change the
 * shopper has now been told of, a renewal placed since).
 */
export type RenewNowResult =
  | { kind: "placed"; renewal: RoutineSubscriptionRenewal; order: RoutineSubscriptionOrder | null; next_renewal_at: string }
  | { kind: "failed"; renewal: RoutineSubscriptionRenewal }
  /** `notice_before`: the price notice the page showed when it was sent (a new one: the refusal told the shopper). */
  | { kind: "refused"; message: string; notice_before: string | null }

/**
 * The result read from the subscription the renew answered: the renewal of
 * the date the page showed (`dueAt`, the row "renew now" places or retries).
 */
export const renewNowResult = (answer: RoutineSubscription, dueAt: string): RenewNowResult => {
  const renewal = answer.renewals?.find((r) => new Date(r.due_at).getTime() === new Date(dueAt).getTime())
  if (!renewal) return { kind: "refused", message: "No renewal was recorded: nothing was ordered.", notice_before: null }
  if (renewal.status === "succeeded" && renewal.order_id) {
    const order = answer.orders?.find((o) => o.id === renewal.order_id) ?? null
    return { kind: "placed", renewal, order, next_renewal_at: answer.next_renewal_at }
  }
  return { kind: "failed", renewal }
}

/**
 * "Renew now" for the merchant: a prompt saying what is charged (today's
 * price, with the last refill's total or the one the shopper was told of),
 * the renewal date the page showed (a second click after the first renewed
 * orders nothing: 409), and the result kept on the page until dismissed,
 * since an order placed or a reason to act on must not vanish with a toast.
 * The result is cleared as a renewal is sent: the next one shows afresh.
 */
export const useRenewNow = (subscription: RoutineSubscription) => {
  const change = useChangeRoutineSubscription(subscription.id)
  const prompt = usePrompt()
  const [result, setResult] = useState<RenewNowResult | null>(null)
  const money = (amount: number) => formatAmount(amount, subscription.currency_code)
  const notice = subscription.price_notice

  const renew = async () => {
    const confirmed = await prompt({
      title: "Renew now?",
      description: [
        `This orders the refill now at today's price and charges ${subscription.email}'s saved payment method.`,
        notice
          ? `The shopper was told on ${formatInstant(notice.notified_at)} that it costs ${money(notice.next_total)}.`
          : `The last refill cost ${money(subscription.last_total)}; a price that moved beyond the store's notice threshold is told to the shopper first, and nothing is charged.`,
      ].join(" "),
      confirmText: "Renew now",
      cancelText: "Keep it",
    })
    if (!confirmed) return
    const dueAt = subscription.next_renewal_at
    const noticeBefore = notice?.notified_at ?? null
    setResult(null)
    change.mutate(
      { action: "renew", body: { next_renewal_at: dueAt } },
      {
        onSuccess: ({ routine_subscription }) => {
          const outcome = renewNowResult(routine_subscription, dueAt)
          setResult(outcome)
          if (outcome.kind === "placed") toast.success("Renewal placed")
          else toast.error("Not renewed")
        },
        onError: (error) => {
          setResult({ kind: "refused", message: error.message, notice_before: noticeBefore })
          toast.error("Not renewed")
        },
      }
    )
  }
  return { renew, result }
}

/**
 * The last "renew now" on this page: the order placed, or why not, in
 * words. A refusal that told the shopper of a new price (the subscription,
 * read again, has a new notice, shown with its figures below) says so in
 * the merchant's terms rather than the API's.
 */
export const RenewNowResultAlert = ({ result, subscription }: { result: RenewNowResult; subscription: RoutineSubscription }) => {
  const currencyCode = subscription.currency_code
  if (result.kind === "placed") {
    const { renewal, order } = result
    return (
      <Alert variant="success" dismissible data-testid="subscription-renew-result">
        <Text size="small" weight="plus">
          Renewal placed:{" "}
          <Link className="text-ui-fg-interactive" to={`/orders/${renewal.order_id}`}>
            Order #{order?.display_id ?? renewal.order_id}
          </Link>
          {renewal.total !== null && `, ${formatAmount(renewal.total, currencyCode)}`}.
        </Text>
        <Text size="small">The next renewal is {formatInstant(result.next_renewal_at)}.</Text>
      </Alert>
    )
  }
  if (result.kind === "failed") {
    const { renewal } = result
    return (
      <Alert variant="error" dismissible data-testid="subscription-renew-result">
        <Text size="small" weight="plus">
          Not renewed: {renewal.failure_reason ? FAILURE_REASON_WORDS[renewal.failure_reason] : "no order was placed."}
        </Text>
        {renewal.failure_message && <Text size="small">{renewal.failure_message}</Text>}
        <Text size="small">
          {renewal.status === "pending" && renewal.retry_at
            ? `It is tried again ${formatInstant(renewal.retry_at)}.`
            : "Renewals have stopped: resume or renew now once it is fixed."}
        </Text>
      </Alert>
    )
  }
  const told = !!subscription.price_notice && subscription.price_notice.notified_at !== result.notice_before
  return (
    <Alert variant="warning" dismissible data-testid="subscription-renew-result">
      <Text size="small" weight="plus">
        Not renewed, nothing was ordered:
      </Text>
      <Text size="small">
        {told
          ? "the price moved beyond the store's notice threshold since the last refill, so the shopper has been told of it first (below). Renew now again to order it at this price."
          : result.message}
      </Text>
    </Alert>
  )
}
