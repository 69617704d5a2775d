"use client"

import type { StoreRoutineStep } from "medusa-plugin-routine-bundles-client"
import { Label } from "./ui"
import { useId } from "react"
import { useMessages, useMoney } from "../i18n"

type Props = {
  step: StoreRoutineStep
  /** The variant chosen now; none means "the store's pick". */
  value: string | undefined
  onChange: (variantId: string | undefined) => void
  currencyCode: string
  /** Visible label; the step's title is added for screen readers. */
  label: string
  /** Offer going back to the store's pick (the finder does; the cart swaps between products). */
  storePick?: boolean
  disabled?: boolean
}

const STORE_PICK = ""

/** The step's candidate products (every variant), with their regular price and whether they can be sold. */
export const StepChoiceSelect = ({ step, value, onChange, currencyCode, label, storePick, disabled }: Props) => {
  const id = useId()
  const t = useMessages().routines
  const money = useMoney()
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" className="text-ui-fg-subtle">
        {label}
        <span className="sr-only"> {t.forStep(step.title)}</span>
      </Label>
      <select
        id={id}
        value={value ?? STORE_PICK}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value || undefined)}
        className="bg-ui-bg-field shadow-borders-base hover:bg-ui-bg-field-hover txt-compact-small text-ui-fg-base focus-visible:shadow-borders-interactive-with-active h-9 w-full rounded-md px-2 outline-none disabled:text-ui-fg-disabled"
      >
        {storePick && <option value={STORE_PICK}>{t.storePick}</option>}
        {step.products.flatMap((product) =>
          product.variants.map((variant) => {
            const price = variant.calculated_price?.calculated_amount
            // Stock that is not tracked, or may be backordered, never runs out.
            const soldOut = variant.inventory_quantity !== null && variant.inventory_quantity <= 0 && !variant.allow_backorder
            const name = product.variants.length > 1 ? `${product.title} (${variant.title})` : product.title
            return (
              <option key={variant.id} value={variant.id} disabled={soldOut || price == null}>
                {[name, price != null && money(price, currencyCode), soldOut && t.soldOut]
                  .filter(Boolean)
                  .join(" · ")}
              </option>
            )
          })
        )}
      </select>
    </div>
  )
}
