"use client"

import type { CartRoutineBundle, CartRoutineBundleItem, StoreRoutine } from "medusa-plugin-routine-bundles-client"
import { useConfirm } from "./confirm-dialog"
import { useMessages } from "../i18n"
import { Button, Text } from "./ui"
import { useState } from "react"
import type { ActionResult } from "../host"
import { removeBundleLine, removeCartBundle, updateCartBundle } from "../server/actions"
import { BundleSummary } from "./bundle-summary"
import { QuantityStepper } from "./quantity-stepper"
import { StepChoiceSelect } from "./step-choice-select"
import { SubscriptionSwitch } from "./subscription-switch"
import { unique } from "../lib/unique"

type Props = {
  bundle: CartRoutineBundle
  /** The bundle's routine with its steps' candidates, to swap a step's product; without it there is no swap. */
  routine?: StoreRoutine
  /** The shopper's country, which prefixes the links. */
  countryCode: string
}

/**
 * A bundle in the cart, editable as one routine through the plugin's bundle
 * routes: the quantity of routines, a step's product swapped, the routine
 * removed. Removing one product goes through core's line route and ends the
 * discount, so the shopper is asked first.
 */
export const CartBundleGroup = ({ bundle, routine, countryCode }: Props) => {
  const { confirm, dialog } = useConfirm()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const title = bundle.routine.title
  const t = useMessages().routines

  const run = async (change: () => Promise<ActionResult>) => {
    setBusy(true)
    const result = await change()
    setBusy(false)
    setError(result.ok ? undefined : result.error)
  }

  const removeLine = async (item: CartRoutineBundleItem) => {
    const confirmed = await confirm({
      title: t.endTitle,
      description: t.endDescription(item.product.title, title),
      confirmText: t.endConfirm,
      cancelText: t.endCancel,
    })
    if (confirmed) await run(() => removeBundleLine(item.line_item_id))
  }

  // The routine's intervals, and the bundle's own (a subscribed bundle can always go back to once).
  const intervals = unique([
    ...(routine?.subscriptions_enabled ? (routine.subscription_interval_weeks ?? []) : []),
    ...(bundle.subscription_interval_weeks != null ? [bundle.subscription_interval_weeks] : []),
  ]).sort((a, b) => a - b)

  const controls = (
    <div className="flex flex-wrap items-end gap-3">
      {intervals.length > 0 && (
        <SubscriptionSwitch
          intervals={intervals}
          value={bundle.subscription_interval_weeks}
          routineTitle={title}
          disabled={busy}
          onChange={(weeks) => run(() => updateCartBundle(bundle.id, { subscription_interval_weeks: weeks }))}
        />
      )}
      <QuantityStepper
        label={t.quantityOf(title)}
        value={bundle.quantity}
        disabled={busy}
        onChange={(quantity) => run(() => updateCartBundle(bundle.id, { quantity }))}
      />
      <Button variant="secondary" size="small" disabled={busy} onClick={() => run(() => removeCartBundle(bundle.id))}>
        {t.removeRoutine}<span className="sr-only">: {title}</span>
      </Button>
    </div>
  )

  const lineActions = (item: CartRoutineBundleItem) => {
    const step = routine?.steps.find((s) => s.id === item.step.id)
    return (
      <div className="flex items-end gap-2 sm:w-64">
        {step && step.products.some((p) => p.variants.some((v) => v.id !== item.variant.id)) && (
          <div className="min-w-0 flex-1">
            <StepChoiceSelect
              step={step}
              value={item.variant.id}
              label={t.swap}
              currencyCode={bundle.currency_code}
              disabled={busy}
              onChange={(variantId) =>
                variantId && run(() => updateCartBundle(bundle.id, { selections: { [step.id]: variantId } }))
              }
            />
          </div>
        )}
        <Button variant="transparent" size="small" disabled={busy} onClick={() => removeLine(item)} className="ml-auto h-9">
          {t.remove}<span className="sr-only"> {t.removeOnly(item.product.title)}</span>
        </Button>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-2">
      <BundleSummary bundle={bundle} countryCode={countryCode} controls={controls} lineActions={lineActions} busy={busy} />
      {dialog}
      {error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
    </div>
  )
}
