import { formatAmount } from "../lib/money"

type Props = {
  /** What the product costs alone. */
  regular: number
  /** What it costs in the routine. */
  price: number
  currencyCode: string
}

/** A regular price struck through beside the routine's price; read out with words, not strike-through. */
export const BundlePrice = ({ regular, price, currencyCode }: Props) => (
  <span className="inline-flex flex-wrap items-baseline gap-x-2">
    {regular !== price && (
      <s className="txt-small text-ui-fg-subtle">
        <span className="sr-only">Regular price </span>
        {formatAmount(regular, currencyCode)}
      </s>
    )}
    <span className="txt-compact-medium-plus text-ui-fg-base">
      <span className="sr-only">Routine price </span>
      {formatAmount(price, currencyCode)}
    </span>
  </span>
)
