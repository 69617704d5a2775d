import { Label, Select } from "@medusajs/ui"
import type { useStoredRegion } from "../../hooks/stored-region"

type RegionSelectProps = {
  id: string
  label: string
  // The name a screen reader gives the list, when the visible label is not enough.
  ariaLabel?: string
  size?: "small" | "base"
} & ReturnType<typeof useStoredRegion>

/** The routine page's region (useStoredRegion), each with its currency ("Europe (EUR)"). */
export const RegionSelect = ({ id, label, ariaLabel, size = "base", regionId, regions, setRegionId }: RegionSelectProps) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size={size === "small" ? "xsmall" : "small"} weight={size === "small" ? "regular" : "plus"}>
      {label}
    </Label>
    <Select size={size} value={regionId} onValueChange={setRegionId}>
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
