import { Label, Select } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A filter of a page's toolbar: its label above its control. */
export const Filter = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="xsmall">
      {label}
    </Label>
    {children}
  </div>
)

export const FilterSelect = ({
  id,
  value,
  onChange,
  options,
}: {
  id: string
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
}) => (
  <Select size="small" value={value} onValueChange={onChange}>
    <Select.Trigger id={id} className="min-w-[8rem]">
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
