import { Label, Select } from "@medusajs/ui"

type RegionSelectProps = {
  id: string
  label: string
  // The name a screen reader gives the list, when the visible label is not enough.
  ariaLabel?: string
  size?: "small" | "base"
  regionId: string | undefined
  regions: { id: string; name: string; currency_code: string }[]
  onChange: (regionId: string) => void
}

/** A region with its currency ("Europe (EUR)"), as the routine page's sections pick one. */
export const RegionSelect = ({ id, label, ariaLabel, size = "base", regionId, regions, onChange }: RegionSelectProps) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size={size === "small" ? "xsmall" : "small"} weight={size === "small" ? "regular" : "plus"}>
      {label}
    </Label>
    <Select size={size} value={regionId} onValueChange={onChange}>
      <Select.Trigger id={id} aria-label={ariaLabel}>
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
)
