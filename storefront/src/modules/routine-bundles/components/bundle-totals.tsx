import { clx } from "./ui"
import { formatAmount } from "../lib/money"

type Props = {
  subtotal: number
  discount_total: number
  total: number
  currencyCode: string
  className?: string
}

/** The routine's regular total struck through, the saving and what the shopper pays. */
export const BundleTotals = ({ subtotal, discount_total, total, currencyCode, className }: Props) => (
  <dl className={clx("grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 txt-compact-small", className)}>
    <dt className="text-ui-fg-subtle">Regular price</dt>
    <dd className="text-right text-ui-fg-subtle" data-testid="bundle-subtotal">
      <s>{formatAmount(subtotal, currencyCode)}</s>
    </dd>
    <dt className="text-ui-tag-green-text">You save</dt>
    <dd className="text-right text-ui-tag-green-text txt-compact-small-plus" data-testid="bundle-saving">
      {formatAmount(discount_total, currencyCode)}
    </dd>
    <dt className="txt-compact-medium-plus">Routine price</dt>
    <dd className="text-right txt-compact-medium-plus" data-testid="bundle-total">
      {formatAmount(total, currencyCode)}
    </dd>
  </dl>
)
