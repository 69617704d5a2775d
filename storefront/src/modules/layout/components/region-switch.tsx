"use client"

import type { HttpTypes } from "@medusajs/types"
import { Label } from "@medusajs/ui"
import { useState } from "react"
import { switchRegion } from "@/lib/data/cart-actions"

type Props = { regions: HttpTypes.StoreRegion[]; current: string }

/** Region and currency: the cart follows, re-priced (its routine bundles too). */
export const RegionSwitch = ({ regions, current }: Props) => {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string>()
  return (
    <div className="flex items-center gap-x-2">
      <Label htmlFor="region-switch" size="small" className="text-ui-fg-subtle max-sm:sr-only">
        Region
      </Label>
      <select
        id="region-switch"
        value={current}
        disabled={pending}
        aria-describedby={error ? "region-switch-error" : undefined}
        onChange={async (event) => {
          setPending(true)
          const result = await switchRegion(event.target.value)
          setPending(false)
          setError(result.ok ? undefined : result.error)
        }}
        className="bg-ui-bg-field shadow-borders-base hover:bg-ui-bg-field-hover txt-compact-small focus-visible:shadow-borders-interactive-with-active h-8 rounded-md px-2 outline-none"
      >
        {regions.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name} ({region.currency_code.toUpperCase()})
          </option>
        ))}
      </select>
      {error && (
        <span id="region-switch-error" role="alert" className="txt-compact-small text-ui-fg-error max-w-40">
          {error}
        </span>
      )}
    </div>
  )
}
