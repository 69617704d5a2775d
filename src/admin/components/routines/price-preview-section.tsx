import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Label, Text, clx } from "@medusajs/ui"
import { useState } from "react"
import { useRoutineQuote } from "../../hooks/quote"
import { useStoredRegion } from "../../hooks/stored-region"
import { useSymptoms } from "../../hooks/symptoms"
import { formatAmount } from "../../lib/format"
import type {
  AdminRoutine as Routine,
  RoutineQuote as Quote,
  RoutineQuoteItem as QuoteItem,
  UnavailableStep,
} from "../../../types"
import { EmptyState, ErrorState, LoadingState } from "../common/query-states"
import { RegionSelect } from "../common/region-select"
import { SectionHeader } from "../common/section-header"
import { Thumbnail } from "../common/thumbnail"

const REASONS: Record<QuoteItem["reason"], string> = {
  symptoms: "Matches symptoms",
  selection: "Chosen by shopper",
  default: "Default pick",
  rank: "Highest ranked",
  fallback: "Fallback",
}

const names = (symptoms: { name: string }[]) => symptoms.map((s) => s.name).join(", ")

// The step's own title and the merchandiser's words: the quote's message names handles.
const unavailableText = (step: UnavailableStep, currencyCode: string) =>
  `${step.title}${step.optional ? " (optional)" : ""}: ${
    step.availability === "out_of_stock"
      ? "no product in stock"
      : `no product sold in this channel with a price in ${currencyCode.toUpperCase()}`
  }`

const Totals = ({ quote }: { quote: Quote }) => {
  const money = (amount: number) => formatAmount(amount, quote.currency_code)
  return (
    <dl className="flex flex-col gap-y-1 px-6 py-4" data-testid="quote-totals">
      <div className="text-ui-fg-subtle flex justify-between">
        <Text size="small" asChild><dt>Regular total</dt></Text>
        <Text size="small" asChild><dd data-testid="quote-subtotal">{money(quote.subtotal)}</dd></Text>
      </div>
      <div className="text-ui-fg-subtle flex justify-between">
        <Text size="small" asChild><dt>Routine discount</dt></Text>
        <Text size="small" asChild><dd data-testid="quote-discount">-{money(quote.discount_total)}</dd></Text>
      </div>
      <div className="flex justify-between">
        <Text size="small" weight="plus" asChild><dt>Bundle total</dt></Text>
        <Text size="small" weight="plus" asChild><dd data-testid="quote-total">{money(quote.total)}</dd></Text>
      </div>
      {quote.tier && (
        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="quote-tier">
          Tier reached: {quote.tier.min_steps}+ steps, {quote.tier.percentage}% off
          {quote.next_tier &&
            `. Adding ${quote.next_tier.steps_to_add === 1 ? "a step" : `${quote.next_tier.steps_to_add} steps`} (${quote.next_tier.add_steps
              .map((s) => s.title)
              .join(" or ")}) saves ${quote.next_tier.extra_percentage}% more`}
        </Text>
      )}
    </dl>
  )
}

// Instead of a total and a tier: a bundle shoppers cannot buy has no price to show.
const CannotBeSold = ({ regionName, reasons }: { regionName: string; reasons: string[] }) => (
  <div className="flex flex-col gap-y-1 px-6 py-4" role="status" data-testid="quote-unsellable">
    <div className="text-ui-fg-error flex items-center gap-x-2">
      <ExclamationCircle />
      <Text size="small" weight="plus">
        Shoppers in {regionName} cannot buy this bundle.
      </Text>
    </div>
    {reasons.map((reason) => (
      <Text key={reason} size="small" className="text-ui-fg-subtle">
        {reason}
      </Text>
    ))}
  </div>
)

const QuoteItems = ({ quote }: { quote: Quote }) => {
  const money = (amount: number) => formatAmount(amount, quote.currency_code)
  return (
    <ul className="divide-y" aria-label="Bundle items">
      {quote.items.map((item) => (
        <li key={item.step.id} className="flex items-start justify-between gap-x-4 px-6 py-3">
          <div className="flex items-start gap-x-3">
            <Thumbnail src={item.product.thumbnail} alt={item.product.title} />
            <div className="flex flex-col items-start gap-y-1">
              <Text size="xsmall" className="text-ui-fg-muted">
                {item.step.position}. {item.step.title}
              </Text>
              <Text size="small" leading="compact">
                {item.product.title}
              </Text>
              <Badge size="2xsmall" color={item.reason === "symptoms" ? "purple" : "grey"}>
                {REASONS[item.reason] ?? item.reason}
              </Badge>
              {item.symptoms.length > 0 && (
                <Text size="xsmall" className="text-ui-fg-subtle" data-testid="quote-item-symptoms">
                  For {names(item.symptoms)}
                </Text>
              )}
            </div>
          </div>
          <div className="flex flex-col items-end whitespace-nowrap">
            <Text size="xsmall" className="text-ui-fg-muted line-through">
              {money(item.subtotal)}
            </Text>
            <Text size="small">{money(item.total)}</Text>
          </div>
        </li>
      ))}
    </ul>
  )
}

// Which of the shopper's symptoms the bundle answers, and which no product of it does.
const SymptomsMatched = ({ quote }: { quote: Quote }) => {
  if (!quote.symptoms.length) return null
  const matched = new Set(quote.items.flatMap((i) => i.symptoms.map((s) => s.id)))
  const unmatched = quote.symptoms.filter((s) => !matched.has(s.id))
  return (
    <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="quote-symptoms">
      <Text size="small">
        Symptoms matched: {names(quote.symptoms.filter((s) => matched.has(s.id))) || "none"}
      </Text>
      {unmatched.length > 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          No product of this bundle answers {names(unmatched)}.
        </Text>
      )}
    </div>
  )
}

// The server's words without its prefixes ("Invalid request:", the field name "skip_steps:").
const refusalText = (message: string) => {
  const text = message.replace(/^Invalid request:\s*/i, "").replace(/^[a-z_]+:\s*/, "")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const fewestStepsRule = (routine: Routine, stepCount: number) =>
  routine.min_steps != null
    ? `A bundle keeps at least ${routine.min_steps} of the ${stepCount} steps, as in the store.`
    : "Only optional steps can be left out, as in the store."

/**
 * The bundle the store would build right now, from the same quote the store
 * uses: pick a region (kept for the next visit), the shopper's symptoms among
 * the routine's, and the steps a shopper leaves out.
 */
export const PricePreviewSection = ({ routine }: { routine: Routine }) => {
  const stored = useStoredRegion()
  const { regionId, regions } = stored
  const { data: symptomData } = useSymptoms()
  const [symptoms, setSymptoms] = useState<string[]>([])
  const [skipped, setSkipped] = useState<string[]>([])
  const steps = [...(routine.steps ?? [])].sort((a, b) => a.position - b.position)
  // The symptoms the routine's products address: the ones its finder offers.
  const productIds = new Set(steps.flatMap((s) => (s.products ?? []).map((p) => p.id)))
  const routineSymptoms = (symptomData?.symptoms ?? []).filter((s) => (s.products ?? []).some((p) => productIds.has(p.id)))
  // A step deleted since it was left out is no longer asked about.
  const skipSteps = skipped.filter((id) => steps.some((s) => s.id === id))
  const symptomIds = symptoms.filter((id) => routineSymptoms.some((s) => s.id === id))

  const { data, isLoading, isError, error, refetch, isPlaceholderData } = useRoutineQuote(routine.id, regionId, {
    symptoms: symptomIds,
    skip_steps: skipSteps,
  })
  const quote = data?.quote
  const region = regions.find((r) => r.id === regionId)
  const leavable = new Set((quote?.leavable_steps ?? []).map((s) => s.id))
  // The quote refuses a choice the routine no longer allows (a 400): that is a bundle shoppers cannot buy.
  const refused = isError && (error as { status?: number } | null)?.status === 400

  const toggle = (ids: string[], id: string, on: boolean) => (on ? [...ids, id] : ids.filter((i) => i !== id))

  return (
    <Container className="divide-y p-0" data-testid="price-preview">
      <SectionHeader title="Price preview" subtitle="The bundle a shopper in this region would get today." />
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <RegionSelect id="preview-region" label="Region" ariaLabel="Preview region" {...stored} />
        <fieldset className="flex flex-col gap-y-2">
          <Text size="small" weight="plus" asChild>
            <legend>Symptoms</legend>
          </Text>
          {routineSymptoms.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              None of the routine's products addresses a symptom yet.
            </Text>
          )}
          {routineSymptoms.map((symptom) => (
            <div key={symptom.id} className="flex items-center gap-x-2">
              <Checkbox
                id={`preview-symptom-${symptom.id}`}
                checked={symptoms.includes(symptom.id)}
                onCheckedChange={(checked) => setSymptoms((ids) => toggle(ids, symptom.id, checked === true))}
              />
              <Label htmlFor={`preview-symptom-${symptom.id}`} size="small">
                {symptom.name}
              </Label>
            </div>
          ))}
        </fieldset>
        {steps.length > 0 && (
          <fieldset className="flex flex-col gap-y-2" aria-describedby="preview-steps-rule">
            <Text size="small" weight="plus" asChild>
              <legend>Steps in the bundle</legend>
            </Text>
            {steps.map((step) => {
              const included = !skipSteps.includes(step.id)
              return (
                <div key={step.id} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`preview-step-${step.id}`}
                    checked={included}
                    // A step comes back at any time; it leaves only when the store would let a shopper leave it out.
                    disabled={included && !leavable.has(step.id)}
                    onCheckedChange={(checked) => setSkipped((ids) => toggle(ids, step.id, checked !== true))}
                  />
                  <Label htmlFor={`preview-step-${step.id}`} size="small">
                    {step.title}
                  </Label>
                </div>
              )
            })}
            <Text id="preview-steps-rule" size="xsmall" className="text-ui-fg-subtle">
              {fewestStepsRule(routine, steps.length)}
            </Text>
          </fieldset>
        )}
      </div>
      {!regionId || isLoading ? (
        <LoadingState />
      ) : refused ? (
        <div className="flex flex-col items-start">
          <CannotBeSold regionName={region?.name ?? "this region"} reasons={[refusalText(error!.message)]} />
          {skipSteps.length > 0 && (
            <Button size="small" variant="transparent" className="mx-4 mb-4" onClick={() => setSkipped([])}>
              Put every step back
            </Button>
          )}
        </div>
      ) : isError ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : quote ? (
        <div
          className={clx("divide-y transition-opacity", { "opacity-50": isPlaceholderData })}
          aria-busy={isPlaceholderData}
          data-currency={quote.currency_code}
        >
          {quote.items.length ? (
            <QuoteItems quote={quote} />
          ) : (
            <EmptyState title="No products to offer" description="Add products to the steps." />
          )}
          <SymptomsMatched quote={quote} />
          {quote.complete ? (
            <>
              {quote.unavailable_steps.length > 0 && (
                <div className="flex flex-col gap-y-1 px-6 py-4">
                  <Text size="small" weight="plus">
                    Left out: no product to sell
                  </Text>
                  {quote.unavailable_steps.map((step) => (
                    <Text key={step.id} size="small" className="text-ui-fg-subtle">
                      {unavailableText(step, quote.currency_code)}
                    </Text>
                  ))}
                </div>
              )}
              <Totals quote={quote} />
            </>
          ) : (
            <CannotBeSold
              regionName={region?.name ?? "this region"}
              reasons={quote.unavailable_steps.map((step) => unavailableText(step, quote.currency_code))}
            />
          )}
        </div>
      ) : null}
    </Container>
  )
}
