import type { FetchError } from "@medusajs/js-sdk"
import { Alert, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { RoutineSubscription, RoutineSubscriptionOrder, RoutineSubscriptionRefill, RoutineSubscriptionRenewal } from "../../../types"
import { useChangeRoutineSubscription, useReadRoutineSubscriptionRefill } from "../../hooks/routine-subscriptions"
import { formatAmount, formatInstant } from "../../lib/format"
import { FAILURE_REASON_WORDS } from "../../lib/subscription-words"

/**
 * What a "renew now" did: placed the renewal (its order), recorded a failed
 * attempt (the answer is a 200: the renewal keeps its reason and retry), or
 * was refused before anything was ordered (a 409: a price change the
 * shopper has now been told of, a renewal placed since; or the refill
 * could not be priced, or its new price was not confirmed).
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
 * What renew now's prompt says: the total charged (today's refill, as GET
 * …/refill prices it), its change since the last order, and, beyond the
 * store's notice threshold, the shopper's side: the notice they were shown,
 * or that they are told first. The merchant's confirmation does not count
 * as telling the shopper (the workflow's rule): with no notice for this
 * price, renewing tells them and orders nothing. `changedFrom`: the total an
 * earlier prompt showed, when the price moved before it was ordered.
 */
export const renewPrompt = (subscription: RoutineSubscription, refill: RoutineSubscriptionRefill, changedFrom: number | null) => {
  const money = (amount: number) => formatAmount(amount, refill.currency_code)
  const change = refill.change_percentage
  const notice = subscription.price_notice
  const sinceLast =
    change === 0
      ? `the same as the last order`
      : `${change > 0 ? "+" : ""}${change}% since the last order, ${money(refill.previous_total)}`
  const lines = [
    changedFrom !== null && `The price changed since you were shown ${money(changedFrom)}: nothing was ordered.`,
    `This orders the refill now and charges ${subscription.email}'s saved payment method ${money(refill.total)}, today's price (${sinceLast}).`,
    Math.abs(change) > refill.notice_threshold_percentage &&
      (notice
        ? `The shopper was told on ${formatInstant(notice.notified_at)} that it costs ${money(notice.next_total)}.`
        : `That is beyond the store's ${refill.notice_threshold_percentage}% notice threshold and the shopper has not been told: renewing tells them first and orders nothing.`),
  ]
  return {
    title: changedFrom === null ? "Renew now?" : "The price changed. Renew now?",
    description: lines.filter(Boolean).join(" "),
    confirmText: "Renew now",
    cancelText: "Keep it",
  }
}

/**
 * "Renew now" for the merchant: today's refill is read and its total stated
 * in a prompt (renewPrompt), then sent as `expected_total` with the renewal
 * date the page showed, so what is charged is what was confirmed and a
 * second click after the first renewed orders nothing (409). A 409 because
 * the price moved in between asks again with the new total. The result is
 * kept on the page until dismissed, since an order placed or a reason to
 * act on must not vanish with a toast; it is cleared as a renewal is asked
 * for: the next one shows afresh.
 */
export const useRenewNow = (subscription: RoutineSubscription) => {
  const change = useChangeRoutineSubscription(subscription.id)
  const readRefill = useReadRoutineSubscriptionRefill(subscription.id)
  const prompt = usePrompt()
  const [result, setResult] = useState<RenewNowResult | null>(null)

  const renew = async () => {
    const dueAt = subscription.next_renewal_at
    const noticeBefore = subscription.price_notice?.notified_at ?? null
    const refuse = (message: string) => {
      setResult({ kind: "refused", message, notice_before: noticeBefore })
      toast.error("Not renewed")
    }
    /** Today's refill, or null when it cannot be read again (the first refusal is then said as it came). */
    const refillNow = () => readRefill().then(({ refill }) => refill, () => null)

    const ask = async (shown: RoutineSubscriptionRefill, changedFrom: number | null): Promise<void> => {
      if (!(await prompt(renewPrompt(subscription, shown, changedFrom)))) {
        if (changedFrom !== null) refuse(`The price changed to ${formatAmount(shown.total, shown.currency_code)} since it was shown: nothing was ordered.`)
        return
      }
      try {
        const { routine_subscription } = await change.mutateAsync({ action: "renew", body: { expected_total: shown.total, next_renewal_at: dueAt } })
        const outcome = renewNowResult(routine_subscription, dueAt)
        setResult(outcome)
        if (outcome.kind === "placed") toast.success("Renewal placed")
        else toast.error("Not renewed")
      } catch (error) {
        // Read again on a conflict: another total today means the price moved since the prompt.
        const now = (error as FetchError).status === 409 ? await refillNow() : null
        if (now && now.total !== shown.total) return ask(now, shown.total)
        refuse((error as Error).message)
      }
    }

    setResult(null)
    let refill: RoutineSubscriptionRefill
    try {
      refill = (await readRefill()).refill
    } catch (error) {
      return refuse(`The refill cannot be priced today, so nothing was ordered: ${(error as Error).message}`)
    }
    await ask(refill, null)
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
