import { Container, Heading, Text } from "@medusajs/ui"
import { useWatch } from "react-hook-form"
import { describeDiscount, discountKind } from "../../../lib/discount-kinds"
import { formatAmount } from "../../lib/format"
import type { RoutineFormValues } from "./routine-form"

const number = (text: string | undefined) =>
  text !== undefined && text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : null

// The storefront's sentence (its quote summary): "3 products, 10 % off when you buy them as a routine."
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const sentence = (products: string, offer: string) => `${products}, ${offer} when you buy them as a routine.`

/**
 * What a shopper will read of the offer being typed, in the storefront's
 * words (the kind's own description, src/lib/discount-kinds.ts): per tier,
 * per currency, or the one rate. Only what the form will send shows.
 */
export const OfferPreview = ({ stepCount, currencies }: { stepCount?: number; currencies: string[] }) => {
  const values = useWatch<RoutineFormValues>() as RoutineFormValues
  const type = values.discount_type
  const kind = discountKind(type)
  const products = stepCount ? `${stepCount} products` : "the routine's products"
  const describe = (percentage: number | null, amount: number | null, currency = "eur") =>
    describeDiscount({ type, percentage, amount }, (a) => formatAmount(a, currency))

  let lines: string[]
  switch (kind.input) {
    case "percentage":
      if (values.rate === "tiers") {
        const tiers = (values.tiers ?? [])
          .map((t) => ({ min: number(t.min_steps), percentage: number(t.percentage) }))
          .filter((t): t is { min: number; percentage: number } => t.min !== null && t.percentage !== null)
          .sort((a, b) => a.min - b.min)
        lines = tiers.length
          ? [
              ...(tiers[0].min > 1 ? [`Fewer than ${tiers[0].min} products: no routine discount.`] : []),
              ...tiers.map((t) => sentence(`${t.min} products or more`, describe(t.percentage, null))),
            ]
          : ["No tiers yet: add one to see what shoppers read."]
      } else {
        const rate = number(values.discount_value)
        lines = [rate === null ? "Enter a percentage to see what shoppers read." : capitalise(sentence(products, describe(rate, null)))]
      }
      break
    case "amounts":
      lines = currencies.map((currency) => {
        const amount = number(values.amounts?.[currency])
        return amount === null
          ? `In ${currency.toUpperCase()}: not for sale, no ${kind.amount?.name} set.`
          : `In ${currency.toUpperCase()}: ${sentence(products, describe(null, amount, currency))}`
      })
      break
    case "none":
      lines = [capitalise(sentence(products, describe(null, null)))]
      break
  }

  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" data-testid="offer-preview" aria-live="polite">
      <Heading level="h3">What shoppers read</Heading>
      {lines.map((line) => (
        <Text key={line} size="small" className="text-ui-fg-subtle" data-testid="offer-preview-line">
          {line}
        </Text>
      ))}
    </Container>
  )
}
