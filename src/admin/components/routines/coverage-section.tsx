import { Badge, Container, Label, Switch, Table, Text, clx } from "@medusajs/ui"
import { useState } from "react"
import type { AdminRoutine, RoutineCoverageCombination, RoutineCoverageResponse } from "../../../types"
import { useRoutineCoverage } from "../../hooks/coverage"
import { useStoredRegion } from "../../hooks/stored-region"
import { formatAmount } from "../../lib/format"
import { unsellableCauseText } from "../../lib/unsellable-cause"
import { EmptyState, ErrorState, LoadingState } from "../common/query-states"
import { RegionSelect } from "../common/region-select"
import { SectionHeader } from "../common/section-header"

const hasFallback = (c: RoutineCoverageCombination) => c.fallback_step_ids.length > 0
const hasGap = (c: RoutineCoverageCombination) => c.unavailable_step_ids.length > 0
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

// A fallback still sells a complete bundle, a gap does not fill its step: counted apart.
const Summary = ({ data }: { data: RoutineCoverageResponse }) => {
  const { combinations } = data
  const audited = data.sampled
    ? `${combinations.length} of ${data.total_combinations} symptom combinations (a sample)`
    : plural(combinations.length, "symptom combination", "symptom combinations")
  return (
    <Text size="small" className="text-ui-fg-subtle" data-testid="coverage-summary">
      {audited}: {plural(combinations.filter(hasFallback).length, "falls back", "fall back")} to a second choice,{" "}
      {plural(combinations.filter(hasGap).length, "has", "have")} a step no product can fill.
    </Text>
  )
}

const StepCell = ({
  combination,
  stepId,
  currencyCode,
}: {
  combination: RoutineCoverageCombination
  stepId: string
  currencyCode: string
}) => {
  const item = combination.items.find((i) => i.step_id === stepId)
  const missing = combination.unavailable_step_ids.includes(stepId)
  const from = item?.fallback_from
  return (
    <Table.Cell
      className={clx("align-top", from && "bg-ui-tag-orange-bg", missing && "bg-ui-tag-red-bg")}
      data-gap={missing ? "unavailable" : from ? "fallback" : undefined}
    >
      {missing ? (
        "No product"
      ) : !item ? (
        "Left out"
      ) : (
        <div className="flex flex-col py-1">
          <span>{item.product_title}</span>
          {from && (
            <Text size="xsmall" className="text-ui-fg-subtle" data-testid="coverage-fallback-from">
              instead of {from.product_title}: {unsellableCauseText(from.cause, currencyCode)}
            </Text>
          )}
        </div>
      )}
    </Table.Cell>
  )
}

/**
 * The coverage audit: for every combination of the routine's symptoms, the
 * bundle the store would build now in a region. A step that falls back to a
 * second choice is amber and names the product it replaces and why; a step
 * no product can fill is red. "Only fallbacks and gaps" leaves the rows to act on.
 */
export const CoverageSection = ({ routine }: { routine: AdminRoutine }) => {
  const region = useStoredRegion()
  const { regionId } = region
  const [gapsOnly, setGapsOnly] = useState(false)
  const { data, isLoading, isError, error, refetch } = useRoutineCoverage(routine.id, regionId)
  const rows = (data?.combinations ?? []).filter((c) => !gapsOnly || hasFallback(c) || hasGap(c))

  return (
    <Container className="divide-y p-0" data-testid="routine-coverage">
      <SectionHeader
        title="Coverage audit"
        subtitle="The bundle the store would build now for every combination of the routine's symptoms."
      />
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        {data ? <Summary data={data} /> : <span />}
        <div className="flex items-end gap-x-6">
          <div className="flex items-center gap-x-2">
            <Switch id="coverage-gaps-only" checked={gapsOnly} onCheckedChange={setGapsOnly} />
            <Label htmlFor="coverage-gaps-only" size="small">
              Only fallbacks and gaps
            </Label>
          </div>
          <RegionSelect id="coverage-region" label="Region" size="small" {...region} />
        </div>
      </div>
      {isError ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : isLoading || !data ? (
        <LoadingState rows={4} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={gapsOnly ? "No fallbacks or gaps" : "No symptom combinations"}
          description={gapsOnly ? "Every combination gets its first choice for every step." : undefined}
        />
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Symptoms</Table.HeaderCell>
                {data.steps.map((step) => (
                  <Table.HeaderCell key={step.id}>{step.title}</Table.HeaderCell>
                ))}
                <Table.HeaderCell>Bundle</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((combination) => (
                <Table.Row key={combination.symptoms.map((s) => s.id).join() || "none"} data-testid="coverage-row">
                  <Table.Cell className="align-top">
                    {combination.symptoms.map((s) => s.name).join(" + ") || "None named"}
                  </Table.Cell>
                  {data.steps.map((step) => (
                    <StepCell key={step.id} combination={combination} stepId={step.id} currencyCode={data.currency_code} />
                  ))}
                  <Table.Cell className="align-top">
                    {combination.complete ? (
                      formatAmount(combination.total, data.currency_code)
                    ) : (
                      <Badge size="2xsmall" color="red">
                        Cannot be sold
                      </Badge>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
