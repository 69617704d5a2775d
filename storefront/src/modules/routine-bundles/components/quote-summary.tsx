"use client"

import type { RoutineQuote } from "medusa-plugin-routine-bundles-client"
import { Button, Heading, Text } from "./ui"
import { offerWords } from "../lib/offer"
import { BundleTotals } from "./bundle-totals"
import { QuantityStepper } from "./quantity-stepper"

type Props = {
  quote: RoutineQuote
  quantity: number
  onQuantity: (quantity: number) => void
  adding: boolean
  /** Until the page can act on them. */
  disabled: boolean
}

/** The routine's price for the shopper's choice, the number of routines and the button that adds them. */
export const QuoteSummary = ({ quote, quantity, onQuantity, adding, disabled }: Props) => (
  <div id="routine-summary" className="bg-ui-bg-base shadow-elevation-card-rest flex scroll-mt-20 flex-col gap-y-4 rounded-lg p-4 sm:p-6">
    <div className="flex flex-col gap-y-1">
      <Heading level="h2">Your routine</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {quote.items.length} products, {offerWords(quote.discount, quote.currency_code)} when you buy them as a routine
        {quantity > 1 ? `, for ${quantity} routines` : ""}.
      </Text>
      {quote.next_tier && (
        <Text size="small" data-testid="next-tier">
          Add back {quote.next_tier.steps_to_add === 1 ? "one step" : `${quote.next_tier.steps_to_add} steps`} to get{" "}
          {quote.next_tier.percentage} % off, {quote.next_tier.extra_percentage} % more.
        </Text>
      )}
    </div>
    <BundleTotals
      subtotal={quote.subtotal}
      discount_total={quote.discount_total}
      total={quote.total}
      currencyCode={quote.currency_code}
    />
    <div className="flex flex-wrap items-center justify-between gap-3">
      <QuantityStepper label="Number of routines" value={quantity} onChange={onQuantity} disabled={adding || disabled} />
      <Button type="submit" size="large" aria-busy={adding} disabled={disabled || !quote.complete} className="max-sm:w-full">
        Add the routine to cart
      </Button>
    </div>
  </div>
)
