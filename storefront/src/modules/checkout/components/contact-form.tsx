"use client"

import type { HttpTypes } from "@medusajs/types"
import { Button, Heading, Input, Label, Text } from "@modules/common/components/ui"
import { useState, type FormEvent } from "react"
import { saveContact } from "@lib/data/checkout-actions"
import { useHydrated } from "@modules/routine-bundles/lib/use-hydrated"
import { LANGUAGES } from "@lib/i18n"
import { useLanguage, useMessages, type Messages } from "@lib/i18n/provider"

type Field = { name: string; label: keyof Messages["checkout"]; autoComplete: string; type?: string; required?: boolean }

const FIELDS: Field[] = [
  { name: "first_name", label: "firstName", autoComplete: "given-name", required: true },
  { name: "last_name", label: "lastName", autoComplete: "family-name", required: true },
  { name: "address_1", label: "address", autoComplete: "address-line1", required: true },
  { name: "postal_code", label: "postalCode", autoComplete: "postal-code", required: true },
  { name: "city", label: "city", autoComplete: "address-level2", required: true },
  { name: "phone", label: "phone", autoComplete: "tel", type: "tel" },
]

/** Step 1: the shopper's email and where the order goes (billing to the same address). */
export const ContactForm = ({ cart }: { cart: HttpTypes.StoreCart }) => {
  const hydrated = useHydrated()
  const t = useMessages().checkout
  // Countries named in the shopper's language (Medusa names them in English).
  const countryNames = new Intl.DisplayNames([LANGUAGES[useLanguage()].intl], { type: "region" })
  const [state, setState] = useState<{ busy?: boolean; error?: string; saved?: boolean }>({})
  const address = cart.shipping_address
  const countries = cart.region?.countries ?? []

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const value = (name: string) => String(form.get(name) ?? "").trim()
    setState({ busy: true })
    const result = await saveContact({
      email: value("email"),
      shipping_address: {
        first_name: value("first_name"),
        last_name: value("last_name"),
        address_1: value("address_1"),
        postal_code: value("postal_code"),
        city: value("city"),
        country_code: value("country_code"),
        phone: value("phone") || undefined,
      },
    })
    setState(result.ok ? { saved: true } : { error: result.error })
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="checkout-contact" className="flex flex-col gap-y-4">
      <Heading level="h2" id="checkout-contact" className="txt-compact-large-plus">
        {t.contact}
      </Heading>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="email">{t.email}</Label>
        <Input id="email" name="email" type="email" autoComplete="email" required defaultValue={cart.email ?? ""} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((field) => (
          <div key={field.name} className="flex flex-col gap-y-1">
            <Label htmlFor={field.name}>{t[field.label]}</Label>
            <Input
              id={field.name}
              name={field.name}
              type={field.type ?? "text"}
              autoComplete={field.autoComplete}
              required={field.required}
              defaultValue={(address?.[field.name as keyof HttpTypes.StoreCartAddress] as string | undefined) ?? ""}
            />
          </div>
        ))}
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="country_code">{t.country}</Label>
          <select
            id="country_code"
            name="country_code"
            autoComplete="country"
            required
            defaultValue={address?.country_code ?? countries[0]?.iso_2 ?? ""}
            className="bg-ui-bg-field shadow-borders-base txt-compact-small focus-visible:shadow-borders-interactive-with-active h-8 rounded-md px-2 outline-none"
          >
            {countries.map((country) => (
              <option key={country.iso_2} value={country.iso_2}>
                {country.iso_2 ? countryNames.of(country.iso_2.toUpperCase()) : country.display_name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" aria-busy={state.busy} disabled={!hydrated}>
          {t.saveContact}
        </Button>
        <Text role="status" size="small" className={state.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {state.error ?? (state.saved ? t.saved : "")}
        </Text>
      </div>
    </form>
  )
}
