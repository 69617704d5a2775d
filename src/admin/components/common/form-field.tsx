import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  id: string
  label: string
  hint?: string
  children: ReactNode
}

export const FormField = ({ id, label, hint, children }: FormFieldProps) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)
