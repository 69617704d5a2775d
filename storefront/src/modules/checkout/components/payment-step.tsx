"use client"

import type { HttpTypes } from "@medusajs/types"
import { Button, Heading, RadioChoices, Text } from "@modules/common/components/ui"
import { useParams } from "next/navigation"
import { useState } from "react"
import { placeOrder } from "@lib/data/checkout-actions"
import { useHydrated } from "@modules/routine-bundles/lib/use-hydrated"
import { useMessages, type Messages } from "@lib/i18n/provider"

// Medusa's system provider takes no card: the demo's (and a test store's) way to pay.
const describe = (id: string, t: Messages["checkout"]) =>
  id === "pp_system_default" ? { label: t.testPayment, description: t.testPaymentDescription } : { label: id, description: "" }

/** Step 3: the payment provider, and placing the order. */
export const PaymentStep = ({ providers }: { providers: HttpTypes.StorePaymentProvider[] }) => {
  const hydrated = useHydrated()
  const t = useMessages().checkout
  const { countryCode } = useParams<{ countryCode: string }>()
  const [providerId, setProviderId] = useState(providers[0]?.id)
  const [state, setState] = useState<{ busy?: boolean; error?: string }>({})
  return (
    <section aria-labelledby="checkout-payment" className="flex flex-col gap-y-3">
      <Heading level="h2" id="checkout-payment" className="txt-compact-large-plus">
        {t.payment}
      </Heading>
      <RadioChoices
        name="payment_provider"
        labelledBy="checkout-payment"
        value={providerId}
        onChange={setProviderId}
        disabled={!hydrated}
        choices={providers.map((provider) => ({ value: provider.id, ...describe(provider.id, t) }))}
      />
      <Button
        size="large"
        disabled={!providerId || !hydrated}
        aria-busy={state.busy}
        onClick={async () => {
          setState({ busy: true })
          // On success the action sends the shopper to the confirmation page.
          const result = await placeOrder(countryCode, providerId!)
          setState({ error: result?.ok === false ? result.error : undefined })
        }}
        className="self-start max-sm:w-full"
      >
        {t.placeOrder}
      </Button>
      {state.error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {state.error}
        </Text>
      )}
    </section>
  )
}
