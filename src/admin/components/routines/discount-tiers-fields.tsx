import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import type { RoutineFormValues } from "./routine-form"

type Tiers = RoutineFormValues["tiers"]

/** "3 steps: 5 %, 4 steps: 10 % …": a percentage by the number of steps a bundle holds. */
export const DiscountTiersFields = ({ tiers, onChange }: { tiers: Tiers; onChange: (tiers: Tiers) => void }) => {
  const set = (index: number, field: keyof Tiers[number], value: string) =>
    onChange(tiers.map((tier, i) => (i === index ? { ...tier, [field]: value } : tier)))
  return (
    <fieldset className="flex flex-col gap-y-2" aria-describedby="routine-tiers-hint">
      <legend className="txt-compact-small-plus">Tiers by steps bought</legend>
      <Text id="routine-tiers-hint" size="xsmall" className="text-ui-fg-subtle">
        With tiers, the bundle gets the percentage of the highest tier its number of steps reaches.
      </Text>
      {tiers.map((tier, index) => (
        <div key={index} className="flex items-center gap-x-2" data-testid="routine-tier">
          <Input
            aria-label={`Tier ${index + 1}: at least this many steps`}
            type="number"
            min={1}
            value={tier.min_steps}
            onChange={(e) => set(index, "min_steps", e.target.value)}
          />
          <Text size="small">steps:</Text>
          <Input
            aria-label={`Tier ${index + 1}: percentage off`}
            type="number"
            min={0}
            max={100}
            step="any"
            value={tier.percentage}
            onChange={(e) => set(index, "percentage", e.target.value)}
          />
          <Text size="small">%</Text>
          <IconButton
            type="button"
            variant="transparent"
            aria-label={`Remove tier ${index + 1}`}
            onClick={() => onChange(tiers.filter((_, i) => i !== index))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        size="small"
        className="self-start"
        onClick={() => onChange([...tiers, { min_steps: "", percentage: "" }])}
      >
        Add a tier
      </Button>
    </fieldset>
  )
}
