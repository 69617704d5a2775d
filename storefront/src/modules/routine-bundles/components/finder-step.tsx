"use client"

import type { RoutineQuoteItem, StoreRoutineStep, UnavailableStep } from "medusa-plugin-routine-bundles-client"
import { Badge, Checkbox, Heading, Label, Text } from "./ui"
import Link from "next/link"
import { useId } from "react"
import { useMessages } from "../i18n"
import { pickReason } from "../lib/pick-reason"
import { productPath } from "../lib/paths"
import { BundlePrice } from "./bundle-price"
import { StepChoiceSelect } from "./step-choice-select"

type Props = {
  step: StoreRoutineStep
  /** The quote's line for this step; none when the step is left out or cannot be filled. */
  item: RoutineQuoteItem | undefined
  /** The step no product can fill; the shopper reads their own words, not its message (which names handles). */
  unavailable: UnavailableStep | undefined
  skipped: boolean
  /**
   * The "I already have this" choice, when this step can ever be left out:
   * whether it may be now, and what leaving it out (or having left it out)
   * means for the routine, from the quote. Undefined: a step every bundle keeps.
   */
  leaveOut: { allowed: boolean; note: string } | undefined
  selection: string | undefined
  currencyCode: string
  countryCode: string
  disabled: boolean
  onSelect: (variantId: string | undefined) => void
  onSkip: (skipped: boolean) => void
}

/** One step of the routine: its guidance, the product picked for it and why, its prices, and the shopper's choices. */
export const FinderStep = ({ step, item, skipped, leaveOut, selection, currencyCode, countryCode, disabled, onSelect, onSkip }: Props) => {
  const ownedId = useId()
  const noteId = useId()
  const t = useMessages().routines
  return (
    <li
      id={step.handle}
      data-testid="finder-step"
      data-step-handle={step.handle}
      className="bg-ui-bg-base shadow-elevation-card-rest flex scroll-mt-20 flex-col gap-y-4 rounded-lg p-4 sm:p-6"
    >
      <div className="flex flex-col gap-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Text size="small" className="text-ui-fg-subtle">
            {t.step(step.position)}
          </Text>
          {step.optional && <Badge>{t.optional}</Badge>}
        </div>
        <Heading level="h3">{step.title}</Heading>
        {step.guidance && <Text className="text-ui-fg-subtle">{step.guidance}</Text>}
      </div>

      {skipped ? (
        <Text className="text-ui-fg-subtle" data-testid="step-skipped">
          {t.skipped}
        </Text>
      ) : item ? (
        <div className="flex flex-col gap-y-1" data-testid="step-pick">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <Link href={productPath(countryCode, item.product.handle)} className="txt-medium-plus text-ui-fg-base underline-offset-2 hover:underline">
              {item.product.title}
            </Link>
            <BundlePrice regular={item.unit_price} price={item.discounted_unit_price} currencyCode={currencyCode} />
          </div>
          <Text size="small" className="text-ui-fg-subtle" data-testid="pick-reason" data-reason={item.reason}>
            {pickReason(item.reason, item.symptoms, t)}
          </Text>
        </div>
      ) : (
        <Text className="text-ui-fg-error" role="alert" data-testid="step-unavailable">
          {/* In the shopper's words: the server's message names the step's handle and the quantity. */}
          {step.products.length ? t.noStock : t.notSold}
          {step.optional ? ` ${t.canLeaveOut}` : ""}
        </Text>
      )}

      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        {!skipped && (
          <div className="sm:flex-1">
            <StepChoiceSelect
              step={step}
              value={selection}
              onChange={onSelect}
              currencyCode={currencyCode}
              label={t.chooseAnother}
              storePick
              disabled={disabled}
            />
          </div>
        )}
        {leaveOut && (
          <div className="flex flex-col gap-y-1 sm:max-w-[14rem]">
            <div className="flex items-center gap-x-2 sm:h-9">
              <Checkbox
                id={ownedId}
                checked={skipped}
                disabled={disabled || !(skipped || leaveOut.allowed)}
                aria-describedby={noteId}
                onCheckedChange={(checked) => onSkip(checked === true)}
              />
              <Label htmlFor={ownedId} size="small">
                {t.alreadyHave}<span className="sr-only">: {step.title}</span>
              </Label>
            </div>
            <Text size="xsmall" id={noteId} className="text-ui-fg-subtle" data-testid="leave-out-note">
              {leaveOut.note}
            </Text>
          </div>
        )}
      </div>
    </li>
  )
}
