"use client"

import { useId } from "react"
import { useMessages } from "../i18n"
import { Label } from "./ui"

type Props = {
  /** The refill intervals the routine offers, in weeks. */
  intervals: number[]
  /** Null: bought once. */
  value: number | null
  routineTitle: string
  onChange: (intervalWeeks: number | null) => void
  disabled?: boolean
}

const ONCE = ""

/** A cart bundle's purchase: once, or a refill every N weeks; the server prices the switch again. */
export const SubscriptionSwitch = ({ intervals, value, routineTitle, onChange, disabled }: Props) => {
  const id = useId()
  const t = useMessages().routines
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" className="text-ui-fg-subtle">
        {t.purchase}
        <span className="sr-only"> {t.forStep(routineTitle)}</span>
      </Label>
      <select
        id={id}
        value={value === null ? ONCE : String(value)}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value === ONCE ? null : Number(event.target.value))}
        className="bg-ui-bg-field shadow-borders-base hover:bg-ui-bg-field-hover txt-compact-small text-ui-fg-base focus-visible:shadow-borders-interactive-with-active h-8 rounded-md px-2 outline-none disabled:text-ui-fg-disabled"
      >
        <option value={ONCE}>{t.once}</option>
        {intervals.map((weeks) => (
          <option key={weeks} value={weeks}>
            {t.everyWeeks(weeks)}
          </option>
        ))}
      </select>
    </div>
  )
}
