import { Badge, Checkbox, Container, Label, Select, Text, clx } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useRoutineQuote } from "../../hooks/quote"
import { useRegions } from "../../hooks/regions"
import { useSymptoms } from "../../hooks/symptoms"
import { formatAmount } from "../../lib/format"
import type { RoutineQuote as Quote, RoutineQuoteItem as QuoteItem, AdminRoutine as Routine } from "../../../types"
import { EmptyState, ErrorState, LoadingState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"
import { Thumbnail } from "../common/thumbnail"

const REASONS: Record<QuoteItem["reason"], string> = {
  symptoms: "Matches symptoms",
  selection: "Chosen by shopper",
  default: "Default pick",
  rank: "Highest ranked",
  fallback: "Fallback",
}

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

/**
 * The bundle the store would build right now, from the same quote the store
 * uses: pick a region and the shopper's symptoms.
 */
export const PricePreviewSection = ({ routine }: { routine: Routine }) => {
  const { data: regionData } = useRegions()
  const { data: symptomData } = useSymptoms()
  const [regionId, setRegionId] = useState<string>()
  const [symptoms, setSymptoms] = useState<string[]>([])
  const regions = regionData?.regions ?? []

  useEffect(() => {
    if (!regionId && regions.length) {
      setRegionId(regions[0].id)
    }
  }, [regionId, regions])

  const { data, isLoading, isError, error, refetch, isPlaceholderData } = useRoutineQuote(
    routine.id,
    regionId,
    symptoms
  )
  const quote = data?.quote

  const toggleSymptom = (id: string, checked: boolean) =>
    setSymptoms((ids) => (checked ? [...ids, id] : ids.filter((i) => i !== id)))

  return (
    <Container className="divide-y p-0" data-testid="price-preview">
      <SectionHeader
        title="Price preview"
        subtitle="The bundle a shopper in this region would get today."
      />
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="preview-region" size="small" weight="plus">
            Region
          </Label>
          <Select value={regionId} onValueChange={setRegionId}>
            <Select.Trigger id="preview-region" aria-label="Preview region">
              <Select.Value placeholder="Choose a region" />
            </Select.Trigger>
            <Select.Content>
              {regions.map((region) => (
                <Select.Item key={region.id} value={region.id}>
                  {region.name} ({region.currency_code.toUpperCase()})
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <fieldset className="flex flex-col gap-y-2">
          <Text size="small" weight="plus" asChild>
            <legend>Symptoms</legend>
          </Text>
          {(symptomData?.symptoms ?? []).map((symptom) => (
            <div key={symptom.id} className="flex items-center gap-x-2">
              <Checkbox
                id={`preview-symptom-${symptom.id}`}
                checked={symptoms.includes(symptom.id)}
                onCheckedChange={(checked) => toggleSymptom(symptom.id, checked === true)}
              />
              <Label htmlFor={`preview-symptom-${symptom.id}`} size="small">
                {symptom.name}
              </Label>
            </div>
          ))}
        </fieldset>
      </div>
      {!regionId || isLoading ? (
        <LoadingState />
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
          {quote.unavailable_steps.length > 0 && (
            <div className="flex flex-col gap-y-1 px-6 py-4">
              <Text size="small" weight="plus">
                Unavailable steps
              </Text>
              {quote.unavailable_steps.map((step) => (
                <Text key={step.id} size="small" className="text-ui-fg-error">
                  {step.title}: {step.message}
                </Text>
              ))}
            </div>
          )}
          <Totals quote={quote} />
        </div>
      ) : null}
    </Container>
  )
}
