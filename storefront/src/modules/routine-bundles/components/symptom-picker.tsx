"use client"

import type { StoreSymptom } from "medusa-plugin-routine-bundles-client"
import { useMessages } from "../i18n"
import { Checkbox, Label, Text } from "./ui"

type Props = {
  symptoms: StoreSymptom[]
  /** Handles of the ticked symptoms. */
  value: string[]
  onChange: (handles: string[]) => void
  disabled: boolean
}

/** The warning signs a shopper can tick, each with what it looks like. */
export const SymptomPicker = ({ symptoms, value, onChange, disabled }: Props) => (
  <fieldset className="flex flex-col gap-y-3">
    <legend className="txt-compact-large-plus mb-1">{useMessages().routines.symptomsLegend}</legend>
    <ul className="grid gap-2 sm:grid-cols-2">
      {symptoms.map((symptom) => {
        const id = `symptom-${symptom.handle}`
        const checked = value.includes(symptom.handle)
        return (
          <li key={symptom.id} className="bg-ui-bg-base shadow-borders-base flex items-start gap-x-3 rounded-md p-3">
            <Checkbox
              id={id}
              checked={checked}
              disabled={disabled}
              aria-describedby={symptom.description ? `${id}-description` : undefined}
              onCheckedChange={(next) =>
                onChange(next ? value.concat(symptom.handle) : value.filter((h) => h !== symptom.handle))
              }
              className="mt-0.5"
            />
            <div className="flex flex-col">
              <Label htmlFor={id} weight="plus">
                {symptom.name}
              </Label>
              {symptom.description && (
                <Text id={`${id}-description`} size="small" className="text-ui-fg-subtle">
                  {symptom.description}
                </Text>
              )}
            </div>
          </li>
        )
      })}
    </ul>
  </fieldset>
)
