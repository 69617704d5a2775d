"use client"

import type {
  RoutineSubscription,
  RoutineSubscriptionRefill,
  StoreRoutine,
  SubscriptionCancelReason,
} from "medusa-plugin-routine-bundles-client"
import { SUBSCRIPTION_CANCEL_REASONS } from "medusa-plugin-routine-bundles-client/types"
import { useId, useState } from "react"
import { Button, Heading, Label, Select, Text } from "@modules/common/components/ui"
import { useConfirm } from "@modules/routine-bundles/components/confirm-dialog"
import { StepChoiceSelect } from "@modules/routine-bundles/components/step-choice-select"
import { unique } from "@modules/routine-bundles/lib/unique"
import {
  cancelSubscription,
  renewSubscription,
  runSubscriptionAction,
  updateSubscription,
  type SubscriptionAction,
} from "@lib/data/subscription-actions"
import type { ActionResult } from "@lib/util/action-result"
import { useMessages, useMoney } from "@lib/i18n/provider"

type Props = {
  subscription: RoutineSubscription
  refill: RoutineSubscriptionRefill | null
  /** The routine with its steps' candidates (to swap a product) and its intervals; null when no longer sold. */
  routine: StoreRoutine | null
}

type Done = keyof ReturnType<typeof useMessages>["subscriptions"]["done"]

/**
 * The shopper's actions on a subscription. Which buttons show follows its
 * status; the server decides whether an action is allowed and its refusal
 * (a 409's message) is shown as it comes.
 */
export const SubscriptionManager = ({ subscription, refill, routine }: Props) => {
  const t = useMessages().subscriptions
  const money = useMoney()
  const { confirm, dialog } = useConfirm()
  const ids = { interval: useId(), reason: useId(), note: useId() }
  const [state, setState] = useState<{ busy?: boolean; error?: string; done?: Done }>({})
  const [weeks, setWeeks] = useState(subscription.interval_weeks)
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState<SubscriptionCancelReason | "">("")
  const [note, setNote] = useState("")
  const { status } = subscription
  if (status === "cancelled") return null

  const run = async (done: Done, change: () => Promise<ActionResult<unknown>>) => {
    setState({ busy: true })
    const result = await change()
    setState(result.ok ? { done } : { error: result.error })
  }
  /**
   * Renew now orders at the refill's total the shopper confirms here, for
   * the renewal date shown (see renewSubscription). The store answers a
   * renewal that could not be placed (the payment refused…) with its
   * reason on the renewal, which is said here as on the page.
   */
  const renew = async (shown: RoutineSubscriptionRefill) => {
    const total = money(shown.total, shown.currency_code)
    const confirmed = await confirm({
      title: t.renewConfirmTitle,
      description: t.renewConfirm(total),
      confirmText: t.renewConfirmButton(total),
      cancelText: t.notNow,
    })
    if (!confirmed) return
    setState({ busy: true })
    const result = await renewSubscription(subscription.id, { expected_total: shown.total, next_renewal_at: subscription.next_renewal_at })
    if (!result.ok) return setState({ error: result.error })
    const [renewal] = result.data.routine_subscription.renewals ?? []
    setState(
      renewal?.status === "succeeded" ? { done: "renew" } : { error: t.failed(t.failureReasons[renewal?.failure_reason ?? "error"]) }
    )
  }
  const action = (name: SubscriptionAction | "renew") =>
    name === "renew" ? refill && renew(refill) : run(name, () => runSubscriptionAction(subscription.id, name))
  const intervals = unique([...(routine?.subscription_interval_weeks ?? []), subscription.interval_weeks]).sort((a, b) => a - b)
  const renewing = status === "active" || status === "needs_action"
  const buttons: { name: SubscriptionAction | "renew"; shown: boolean }[] = [
    { name: "skip", shown: renewing },
    // Renewing now needs a price to confirm.
    { name: "renew", shown: renewing && !!refill },
    { name: "pause", shown: renewing },
    { name: "resume", shown: status !== "active" },
  ]

  return (
    <section aria-labelledby="subscription-actions" aria-busy={state.busy} className="flex flex-col gap-y-4">
      <Heading level="h2" id="subscription-actions" className="txt-large-plus">
        {t.actions}
      </Heading>
      <div className="flex flex-wrap gap-2">
        {buttons
          .filter((b) => b.shown)
          .map((b) => (
            <Button key={b.name} variant="secondary" disabled={state.busy} onClick={() => action(b.name)}>
              {t[b.name]}
            </Button>
          ))}
      </div>

      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          void run("update", () => updateSubscription(subscription.id, { interval_weeks: weeks }))
        }}
      >
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={ids.interval} size="small" className="text-ui-fg-subtle">
            {t.interval}
          </Label>
          <Select id={ids.interval} value={weeks} onChange={(event) => setWeeks(Number(event.target.value))} disabled={state.busy}>
            {intervals.map((w) => (
              <option key={w} value={w}>
                {t.every(w)}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary" disabled={state.busy || weeks === subscription.interval_weeks}>
          {t.saveInterval}
        </Button>
      </form>

      {refill && routine && (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="subscription-swaps">
          {refill.quote.items.map((item) => {
            const step = routine.steps.find((s) => s.id === item.step.id)
            if (!step || !step.products.some((p) => p.variants.some((v) => v.id !== item.variant.id))) return null
            return (
              <li key={step.id}>
                <StepChoiceSelect
                  step={step}
                  value={item.variant.id}
                  label={`${t.swap}: ${step.title}`}
                  currencyCode={subscription.currency_code}
                  disabled={state.busy}
                  onChange={(variantId) =>
                    variantId && run("update", () => updateSubscription(subscription.id, { selections: { [step.id]: variantId } }))
                  }
                />
              </li>
            )
          })}
        </ul>
      )}

      {cancelling ? (
        <form
          aria-label={t.cancel}
          className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-3 rounded-lg p-4"
          onSubmit={(event) => {
            event.preventDefault()
            void run("cancel", () =>
              cancelSubscription(subscription.id, { ...(reason && { reason }), ...(note.trim() && { note: note.trim() }) })
            )
          }}
        >
          <div className="flex flex-col gap-y-1">
            <Label htmlFor={ids.reason} size="small">
              {t.cancelReason}
            </Label>
            <Select id={ids.reason} value={reason} onChange={(event) => setReason(event.target.value as SubscriptionCancelReason | "")}>
              <option value="">{t.noReason}</option>
              {SUBSCRIPTION_CANCEL_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t.cancelReasons[r]}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor={ids.note} size="small">
              {t.cancelNote}
            </Label>
            <textarea
              id={ids.note}
              value={note}
              maxLength={500}
              onChange={(event) => setNote(event.target.value)}
              className="bg-ui-bg-field shadow-borders-base txt-compact-small rounded-md p-2 outline-none"
            />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={state.busy}>
              {t.confirmCancel}
            </Button>
            <Button variant="secondary" onClick={() => setCancelling(false)}>
              {t.keep}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="transparent" className="self-start" onClick={() => setCancelling(true)}>
          {t.cancel}
        </Button>
      )}

      {dialog}
      <Text role="status" size="small" data-testid="subscription-done">
        {state.done ? t.done[state.done] : ""}
      </Text>
      {state.error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {state.error}
        </Text>
      )}
    </section>
  )
}
