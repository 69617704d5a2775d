"use client"

import type { RoutineQuote, RoutineSubscription, StoreSymptom } from "medusa-plugin-routine-bundles-client"
import { useState } from "react"
import { Button, Heading, Text } from "@modules/common/components/ui"
import { SymptomPicker } from "@modules/routine-bundles/components/symptom-picker"
import { checkInSubscription, previewCheckIn } from "@lib/data/subscription-actions"
import { useMessages, useMoney } from "@lib/i18n/provider"

type Props = { subscription: RoutineSubscription; symptoms: StoreSymptom[] }

/**
 * The skin check-in: the shopper ticks the warning signs they see now, sees
 * the refill the store would build for them (a quote, nothing written), then
 * saves, which rebuilds the next refill.
 */
export const SubscriptionCheckIn = ({ subscription, symptoms }: Props) => {
  const t = useMessages().subscriptions
  const money = useMoney()
  // The subscription keeps ids or handles; the picker ticks handles.
  const saved = subscription.choice.symptoms ?? []
  const [ticked, setTicked] = useState(symptoms.filter((s) => saved.includes(s.id) || saved.includes(s.handle)).map((s) => s.handle))
  const [preview, setPreview] = useState<RoutineQuote>()
  const [state, setState] = useState<{ busy?: boolean; error?: string; done?: boolean }>({})
  if (subscription.status === "cancelled" || symptoms.length === 0) return null

  const onPreview = async () => {
    setState({ busy: true })
    const result = await previewCheckIn(subscription.routine_id, subscription.region_id, {
      ...subscription.choice,
      symptoms: ticked,
      subscription_interval_weeks: subscription.interval_weeks,
    })
    setState(result.ok ? {} : { error: result.error })
    if (result.ok) setPreview(result.data)
  }
  const onSave = async () => {
    setState({ busy: true })
    const result = await checkInSubscription(subscription.id, { symptoms: ticked })
    setState(result.ok ? { done: true } : { error: result.error })
    if (result.ok) setPreview(undefined)
  }

  return (
    <section aria-labelledby="check-in" aria-busy={state.busy} data-testid="subscription-checkin" className="flex flex-col gap-y-4">
      <div className="flex flex-col gap-y-1">
        <Heading level="h2" id="check-in" className="txt-large-plus">
          {t.checkIn}
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.checkInWhy}
        </Text>
      </div>
      <SymptomPicker
        symptoms={symptoms}
        value={ticked}
        disabled={!!state.busy}
        onChange={(handles) => {
          setTicked(handles)
          setPreview(undefined)
        }}
      />
      {preview ? (
        <div className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-3 rounded-lg p-4" data-testid="checkin-preview">
          <Text weight="plus">{t.newRefill(preview.items.length, money(preview.total, preview.currency_code))}</Text>
          <ul className="txt-compact-small flex flex-col gap-y-1">
            {preview.items.map((item) => (
              <li key={item.step.id}>
                {item.step.title}: {item.product.title}
              </li>
            ))}
          </ul>
          <Button className="self-start" disabled={state.busy} onClick={onSave}>
            {t.saveCheckIn}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" className="self-start" disabled={state.busy} onClick={onPreview}>
          {t.preview}
        </Button>
      )}
      <Text role="status" size="small" data-testid="checkin-done">
        {state.done ? t.done.check_in : ""}
      </Text>
      {state.error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {state.error}
        </Text>
      )}
    </section>
  )
}
