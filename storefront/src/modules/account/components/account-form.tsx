"use client"

import { Button, Heading, Input, Label, Text } from "@modules/common/components/ui"
import { useState, type FormEvent } from "react"
import { signIn, signUp } from "@lib/data/customer-actions"
import { useHydrated } from "@modules/routine-bundles/lib/use-hydrated"
import { useMessages, type Messages } from "@lib/i18n/provider"

type Words = Messages["account"]
/** The account messages that are plain words (not sentences taking values). */
type Word = { [Key in keyof Words]: Words[Key] extends string ? Key : never }[keyof Words]
type Field = { name: "first_name" | "last_name" | "email" | "password"; label: Word; type: string; autoComplete: string }

const EMAIL: Field = { name: "email", label: "email", type: "email", autoComplete: "email" }

// One form, two uses: what each asks and sends (its words are the message keys).
const MODES = {
  "sign-in": {
    title: "signIn",
    submit: "signIn",
    fields: [EMAIL, { name: "password", label: "password", type: "password", autoComplete: "current-password" }],
  },
  "sign-up": {
    title: "signUp",
    submit: "createAccount",
    fields: [
      { name: "first_name", label: "firstName", type: "text", autoComplete: "given-name" },
      { name: "last_name", label: "lastName", type: "text", autoComplete: "family-name" },
      EMAIL,
      { name: "password", label: "password", type: "password", autoComplete: "new-password" },
    ],
  },
} satisfies Record<string, { title: Word; submit: Word; fields: Field[] }>

type Props = {
  mode: keyof typeof MODES
  countryCode: string
  /** "checkout" to go back there once signed in. */
  next?: string
}

/** Sign in or sign up with email and password; on success the action moves the shopper on (their cart with them). */
export const AccountForm = ({ mode, countryCode, next }: Props) => {
  const hydrated = useHydrated()
  const [state, setState] = useState<{ busy?: boolean; error?: string }>({})
  const { title, submit, fields } = MODES[mode]
  const t = useMessages().account

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const value = (name: Field["name"]) => String(form.get(name) ?? "").trim()
    const details = { email: value("email"), password: String(form.get("password") ?? "") }
    setState({ busy: true })
    const result =
      mode === "sign-in"
        ? await signIn(countryCode, details, next)
        : await signUp(countryCode, { ...details, first_name: value("first_name"), last_name: value("last_name") }, next)
    // On success the action redirects; only a refusal comes back.
    setState({ error: result?.ok === false ? result.error : undefined })
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby={`${mode}-title`} className="flex flex-col gap-y-4">
      <Heading level="h2" id={`${mode}-title`} className="txt-compact-large-plus">
        {t[title]}
      </Heading>
      {fields.map((field) => (
        <div key={field.name} className="flex flex-col gap-y-1">
          <Label htmlFor={`${mode}-${field.name}`}>{t[field.label]}</Label>
          <Input
            id={`${mode}-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
          />
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" aria-busy={state.busy} disabled={!hydrated || state.busy}>
          {t[submit]}
        </Button>
        <Text role="alert" size="small" className="text-ui-fg-error">
          {state.error ?? ""}
        </Text>
      </div>
    </form>
  )
}
