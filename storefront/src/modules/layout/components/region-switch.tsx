"use client"

import { useParams, usePathname } from "next/navigation"
import { useState } from "react"
import { updateRegion } from "@lib/data/cart-actions"
import { Label } from "@modules/common/components/ui"

type Props = { regions: { countryCode: string; label: string }[]; current: string }

/**
 * Region and currency: a region is a country code in the URL, as in
 * dtc-starter. The cart follows, re-priced (its routine bundles too), and the
 * shopper stays on the same page under the new country code.
 */
export const RegionSwitch = ({ regions, current }: Props) => {
  const { countryCode } = useParams<{ countryCode: string }>()
  const pathname = usePathname()
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
          // The path after the country code: /de/cart → /cart.
          const rest = pathname.slice(`/${countryCode}`.length)
          const result = await updateRegion(event.target.value, rest)
          // On success the action redirects; only a refusal comes back.
          setPending(false)
          setError(result?.ok === false ? result.error : undefined)
        }}
        className="bg-ui-bg-field shadow-borders-base hover:bg-ui-bg-field-hover txt-compact-small focus-visible:shadow-borders-interactive-with-active h-8 rounded-md px-2 outline-none"
      >
        {regions.map((region) => (
          <option key={region.countryCode} value={region.countryCode}>
            {region.label}
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
