"use client"

import { Minus, Plus } from "@medusajs/icons"
import { useMessages } from "../i18n"
import { IconButton } from "./ui"

type Props = {
  /** What is counted, for screen readers: "Quantity of Barrier Restoration Routine". */
  label: string
  value: number
  onChange: (value: number) => void
  min?: number
  max?: number
  disabled?: boolean
}

export const QuantityStepper = ({ label, value, onChange, min = 1, max = 100, disabled }: Props) => {
  const t = useMessages().routines
  return (
  <div role="group" aria-label={label} className="inline-flex items-center gap-x-2">
    <IconButton
      type="button"
      aria-label={t.oneLess(label)}
      disabled={disabled || value <= min}
      onClick={() => onChange(value - 1)}
    >
      <Minus />
    </IconButton>
    <output aria-live="polite" className="txt-compact-medium-plus min-w-6 text-center" data-testid="quantity">
      {value}
    </output>
    <IconButton
      type="button"
      aria-label={t.oneMore(label)}
      disabled={disabled || value >= max}
      onClick={() => onChange(value + 1)}
    >
      <Plus />
    </IconButton>
  </div>
  )
}
