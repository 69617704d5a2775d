"use client"

import type { RoutineQuote } from "medusa-plugin-routine-bundles-client"
import { Button, Heading, Text } from "./ui"
import { useMessages, useMoney } from "../i18n"
import { offerWords } from "../lib/offer"
import { BundleTotals } from "./bundle-totals"
import { QuantityStepper } from "./quantity-stepper"
import { SubscriptionChoice } from "./subscription-choice"

type Props = {
  quote: RoutineQuote
  quantity: number
  onQuantity: (quantity: number) => void
  /** Once (null) or a refill every this many weeks, as the shopper chose it (the quote follows). */
  intervalWeeks: number | null
  /** Offered when the quote has a subscription. */
  onSubscription: (intervalWeeks: number | null) => void
  adding: boolean
  /** Until the page can act on them. */
  disabled: boolean
}

/** The routine's price for the shopper's choice, once or on subscription, the number of routines and the button that adds them. */
export const QuoteSummary = ({ quote, quantity, onQuantity, intervalWeeks, onSubscription, adding, disabled }: Props) => {
  const t = useMessages().routines
  const money = useMoney()
  const offer = offerWords(quote.discount, t, (amount) => money(amount, quote.currency_code))
  return (
    <div id="routine-summary" className="bg-ui-bg-base shadow-elevation-card-rest flex scroll-mt-20 flex-col gap-y-4 rounded-lg p-4 sm:p-6">
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">{t.summaryHeading}</Heading>
        <Text size="small" className="text-ui-fg-subtle" data-testid="quote-offer">
          {t.summary(quote.items.length, offer, quantity)}
        </Text>
        {quote.next_tier && (
          <Text size="small" data-testid="next-tier">
            {t.nextTier(quote.next_tier.steps_to_add, quote.next_tier.percentage, quote.next_tier.extra_percentage)}
          </Text>
        )}
      </div>
      {quote.subscription && (
        <SubscriptionChoice
          subscription={quote.subscription}
          value={intervalWeeks}
          onChange={onSubscription}
          currencyCode={quote.currency_code}
          disabled={adding || disabled}
        />
      )}
      {quote.subscription && quote.subscription_interval_weeks !== null && (
        <Text size="small" data-testid="subscription-note">
          {t.subscriptionNote(
            quote.subscription_interval_weeks,
            money(quote.subscription.total, quote.currency_code),
            quote.subscription.discount_percentage
          )}
        </Text>
      )}
      <BundleTotals
        subtotal={quote.subtotal}
        discount_total={quote.discount_total}
        total={quote.total}
        currencyCode={quote.currency_code}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <QuantityStepper label={t.numberOfRoutines} value={quantity} onChange={onQuantity} disabled={adding || disabled} />
        <Button type="submit" size="large" aria-busy={adding} disabled={disabled || !quote.complete} className="max-sm:w-full">
          {t.addToCart}
        </Button>
      </div>
    </div>
  )
}
