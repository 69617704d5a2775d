"use client"

import { useState, type ReactNode } from "react"
import { Label, Select } from "@modules/common/components/ui"

type Props = {
  id: string
  label: string
  value: string
  options: { value: string; label: string; lang?: string }[]
  /** Applies the choice; the select waits, disabled, until it is done. */
  onChoose: (value: string) => Promise<unknown>
  describedBy?: string
  /** Shown after the select (an error). */
  children?: ReactNode
}

/** A switch of the header (language, region): its label, which a phone keeps for screen readers only, and its select. */
export const HeaderSelect = ({ id, label, value, options, onChoose, describedBy, children }: Props) => {
  const [pending, setPending] = useState(false)
  return (
    <div className="flex items-center gap-x-2">
      <Label htmlFor={id} size="small" className="text-ui-fg-subtle max-sm:sr-only">
        {label}
      </Label>
      <Select
        id={id}
        value={value}
        disabled={pending}
        aria-describedby={describedBy}
        onChange={async (event) => {
          setPending(true)
          await onChoose(event.target.value)
          setPending(false)
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </Select>
      {children}
    </div>
  )
}
