"use client"

import type { RoutineSubscription, RoutineSubscriptionRefill, StoreSymptom } from "medusa-plugin-routine-bundles-client"
import { useRef, useState } from "react"
import { Button, Heading, Text } from "@modules/common/components/ui"
import { SymptomPicker } from "@modules/routine-bundles/components/symptom-picker"
import { checkInSubscription, previewCheckIn } from "@lib/data/subscription-actions"
import { useMessages, useMoney } from "@lib/i18n/provider"
import { RefillSummary } from "./subscription-refill"

type Props = { subscription: RoutineSubscription; symptoms: StoreSymptom[] }

/**
 * The skin check-in: as the shopper ticks the warning signs they see now,
 * the store prices the refill that answer would give by its rule (steps
 * taken back or left out, picks for the new signs) without saving it, and it
 * is shown here; saving the answer makes it the next refill (shown above).
 * Saving again before the renewal changes it again.
 */
export const SubscriptionCheckIn = ({ subscription, symptoms }: Props) => {
  const t = useMessages().subscriptions
  const money = useMoney()
  // The subscription keeps ids or handles; the picker ticks handles.
  const saved = subscription.choice.symptoms ?? []
  const [ticked, setTicked] = useState(symptoms.filter((s) => saved.includes(s.id) || saved.includes(s.handle)).map((s) => s.handle))
  const [preview, setPreview] = useState<{ refill?: RoutineSubscriptionRefill; busy?: boolean }>({})
  const [rebuilt, setRebuilt] = useState<RoutineSubscriptionRefill>()
  const [state, setState] = useState<{ busy?: boolean; error?: string }>({})
  // Previews can come back out of order: only the latest answer's is shown.
  const latest = useRef(0)
  if (subscription.status === "cancelled" || symptoms.length === 0) return null

  const onTick = async (handles: string[]) => {
    setTicked(handles)
    setRebuilt(undefined)
    const ticket = ++latest.current
    setPreview((shown) => ({ ...shown, busy: true }))
    const result = await previewCheckIn(subscription.id, { symptoms: handles })
    if (ticket !== latest.current) return
    setPreview(result.ok ? { refill: result.data } : {})
    setState(result.ok ? {} : { error: result.error })
  }

  const onSave = async () => {
    setState({ busy: true })
    const result = await checkInSubscription(subscription.id, { symptoms: ticked })
    setState(result.ok ? {} : { error: result.error })
    setRebuilt(result.ok ? result.data : undefined)
    if (result.ok) setPreview({})
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
      <SymptomPicker symptoms={symptoms} value={ticked} disabled={!!state.busy} onChange={onTick} />
      <div role="status" aria-busy={!!preview.busy} data-testid="checkin-preview">
        {preview.refill && (
          <div className="shadow-borders-base flex flex-col gap-y-2 rounded-lg p-4">
            <Text weight="plus">{t.previewRefill}</Text>
            <RefillSummary refill={preview.refill} />
          </div>
        )}
      </div>
      <Button variant="secondary" className="self-start" disabled={state.busy || preview.busy} onClick={onSave}>
        {t.saveCheckIn}
      </Button>
      <div role="status" data-testid="checkin-result">
        {rebuilt && (
          <div className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-2 rounded-lg p-4">
            <Text weight="plus">{t.newRefill(rebuilt.quote.items.length, money(rebuilt.total, rebuilt.currency_code))}</Text>
            <ul className="txt-compact-small flex flex-col gap-y-1">
              {rebuilt.quote.items.map((item) => (
                <li key={item.step.id}>
                  {item.step.title}: {item.product.title}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {state.error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {state.error}
        </Text>
      )}
    </section>
  )
}
