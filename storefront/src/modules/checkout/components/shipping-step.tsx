"use client"

import type { HttpTypes } from "@medusajs/types"
import { Heading, RadioChoices, Text } from "@modules/common/components/ui"
import { useState } from "react"
import { setShippingMethod } from "@lib/data/checkout-actions"
import { useMessages, useMoney } from "@lib/i18n/provider"
import { useHydrated } from "@modules/routine-bundles/lib/use-hydrated"

type Props = {
  options: HttpTypes.StoreCartShippingOption[]
  /** The option the cart ships with now. */
  chosen: string | undefined
  currencyCode: string
}

/** Step 2: how the order ships; a choice is saved on the cart at once. */
export const ShippingStep = ({ options, chosen, currencyCode }: Props) => {
  const hydrated = useHydrated()
  const t = useMessages().checkout
  const money = useMoney()
  const [value, setValue] = useState(chosen)
  const [error, setError] = useState<string>()
  return (
    <section aria-labelledby="checkout-shipping" className="flex flex-col gap-y-3">
      <Heading level="h2" id="checkout-shipping" className="txt-compact-large-plus">
        {t.delivery}
      </Heading>
      {options.length ? (
        <RadioChoices
          name="shipping_option"
          labelledBy="checkout-shipping"
          value={value}
          disabled={!hydrated}
          onChange={async (optionId) => {
            setValue(optionId)
            const result = await setShippingMethod(optionId)
            setError(result.ok ? undefined : result.error)
          }}
          choices={options.map((option) => ({
            value: option.id,
            label: option.name,
            description: money(option.amount, currencyCode),
          }))}
        />
      ) : (
        <Text className="text-ui-fg-subtle">{t.noShipping}</Text>
      )}
      {error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
    </section>
  )
}
