import { Badge, Container, Label, Select, Table, Text, clx } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { AdminRoutine } from "../../../types"
import { useRoutineCoverage } from "../../hooks/coverage"
import { useRegions } from "../../hooks/regions"
import { formatAmount } from "../../lib/format"
import { ErrorState, LoadingState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"

/**
 * The coverage audit: for every combination of the routine's symptoms, the
 * bundle the store would build now in a region. Steps that fall back to a
 * second choice are amber, steps no product can fill red: gaps in stock and
 * curation show here before shoppers meet them.
 */
export const CoverageSection = ({ routine }: { routine: AdminRoutine }) => {
  const { data: regionData } = useRegions()
  const [regionId, setRegionId] = useState<string>()
  useEffect(() => {
    if (!regionId && regionData?.regions.length) setRegionId(regionData.regions[0].id)
  }, [regionData, regionId])
  const { data, isLoading, isError, error, refetch } = useRoutineCoverage(routine.id, regionId)

  const gaps = data?.combinations.filter((c) => c.fallback_step_ids.length || c.unavailable_step_ids.length).length ?? 0
  return (
    <Container className="divide-y p-0" data-testid="routine-coverage">
      <SectionHeader title="Coverage audit" />
      <div className="flex items-end justify-between gap-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {data
            ? `${data.combinations.length}${data.sampled ? ` of ${data.total_combinations}` : ""} symptom combinations, ${gaps} with a gap.`
            : "The bundle for every combination of symptoms."}
        </Text>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="coverage-region" size="xsmall">
            Region
          </Label>
          <Select size="small" value={regionId} onValueChange={setRegionId}>
            <Select.Trigger id="coverage-region">
              <Select.Value placeholder="Region" />
            </Select.Trigger>
            <Select.Content>
              {(regionData?.regions ?? []).map((region) => (
                <Select.Item key={region.id} value={region.id}>
                  {region.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {isError ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : isLoading || !data ? (
        <LoadingState rows={4} />
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
              {data.combinations.map((combination) => (
                <Table.Row key={combination.symptoms.map((s) => s.id).join() || "none"} data-testid="coverage-row">
                  <Table.Cell>{combination.symptoms.map((s) => s.name).join(" + ") || "None named"}</Table.Cell>
                  {data.steps.map((step) => {
                    const item = combination.items.find((i) => i.step_id === step.id)
                    const fallback = combination.fallback_step_ids.includes(step.id)
                    const missing = combination.unavailable_step_ids.includes(step.id)
                    return (
                      <Table.Cell
                        key={step.id}
                        className={clx(fallback && "bg-ui-tag-orange-bg", missing && "bg-ui-tag-red-bg")}
                        data-gap={missing ? "unavailable" : fallback ? "fallback" : undefined}
                      >
                        {missing ? "No product" : item ? `${item.product_title}${fallback ? " (fallback)" : ""}` : "Left out"}
                      </Table.Cell>
                    )
                  })}
                  <Table.Cell>
                    {combination.complete ? (
                      formatAmount(combination.total, data.currency_code)
                    ) : (
                      <Badge size="2xsmall" color="red">
                        Incomplete
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
