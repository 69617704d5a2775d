"use client"

import type { QuoteSubscription } from "medusa-plugin-routine-bundles-client"
import { useId } from "react"
import { useMessages, useMoney } from "../i18n"
import { clx, Text } from "./ui"

type Props = {
  /** The routine's subscription offer for this bundle, from the quote. */
  subscription: QuoteSubscription
  /** Null: once; else the refill interval in weeks. */
  value: number | null
  onChange: (intervalWeeks: number | null) => void
  currencyCode: string
  disabled?: boolean
}

const ONCE = "once"

/**
 * "Once" or "every N weeks", one radio per interval the routine offers, each
 * saying what it costs: the subscription's refill price comes from the quote
 * (`subscription.total`), never computed here.
 */
export const SubscriptionChoice = ({ subscription, value, onChange, currencyCode, disabled }: Props) => {
  const id = useId()
  const t = useMessages().routines
  const money = useMoney()
  const refill = money(subscription.total, currencyCode)
  const choices = [
    { value: ONCE, label: t.once, description: t.onceDescription },
    ...subscription.interval_weeks.map((weeks) => ({
      value: String(weeks),
      label: t.everyWeeks(weeks),
      description: t.refillPrice(refill, subscription.discount_percentage),
    })),
  ]
  const chosen = value === null ? ONCE : String(value)
  return (
    <fieldset className="flex flex-col gap-y-2" data-testid="subscription-choice">
      <legend id={id} className="txt-compact-small-plus mb-2">
        {t.purchaseLegend}
      </legend>
      <div role="radiogroup" aria-labelledby={id} className="flex flex-col gap-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={clx(
              "bg-ui-bg-base shadow-borders-base flex cursor-pointer items-start gap-x-3 rounded-lg p-3",
              chosen === choice.value && "shadow-borders-interactive-with-active"
            )}
          >
            <input
              type="radio"
              name={`purchase-${id}`}
              value={choice.value}
              checked={chosen === choice.value}
              disabled={disabled}
              onChange={() => onChange(choice.value === ONCE ? null : Number(choice.value))}
              className="accent-ui-fg-interactive mt-0.5 size-4"
            />
            <span className="flex flex-col">
              <span className="txt-compact-small-plus">{choice.label}</span>
              <Text size="small" className="text-ui-fg-subtle">
                {choice.description}
              </Text>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
