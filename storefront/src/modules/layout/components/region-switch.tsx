"use client"

import { useParams, usePathname } from "next/navigation"
import { useState } from "react"
import { updateRegion } from "@lib/data/cart-actions"
import { useMessages } from "@lib/i18n/provider"
import { HeaderSelect } from "./header-select"

type Props = { regions: { countryCode: string; label: string }[]; current: string }

/**
 * Region and currency: a region is a country code in the URL, as in
 * dtc-starter. The cart follows, re-priced (its routine bundles too), and the
 * shopper stays on the same page under the new country code.
 */
export const RegionSwitch = ({ regions, current }: Props) => {
  const { countryCode } = useParams<{ countryCode: string }>()
  const pathname = usePathname()
  const [error, setError] = useState<string>()
  const t = useMessages().header
  return (
    <HeaderSelect
      id="region-switch"
      label={t.region}
      value={current}
      options={regions.map((region) => ({ value: region.countryCode, label: region.label }))}
      describedBy={error ? "region-switch-error" : undefined}
      onChoose={async (country) => {
        // The path after the country code: /de/cart → /cart.
        const rest = pathname.slice(`/${countryCode}`.length)
        const result = await updateRegion(country, rest)
        // On success the action redirects; only a refusal comes back.
        setError(result?.ok === false ? result.error : undefined)
      }}
    >
      {error && (
        <span id="region-switch-error" role="alert" className="txt-compact-small text-ui-fg-error max-w-40">
          {error}
        </span>
      )}
    </HeaderSelect>
  )
}
