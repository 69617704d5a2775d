import { Input, Textarea } from "@medusajs/ui"
import type { AdminSymptom as Symptom, AdminSymptomInput as SymptomInput } from "../../../types"
import { FormField } from "../common/form-field"

export type SymptomFormValues = { name: string; handle: string; description: string }

export const symptomToForm = (symptom?: Symptom): SymptomFormValues => ({
  name: symptom?.name ?? "",
  handle: symptom?.handle ?? "",
  description: symptom?.description ?? "",
})

// An empty handle is left out so the server derives it from the name.
export const symptomFormToInput = (values: SymptomFormValues): SymptomInput => ({
  name: values.name.trim(),
  description: values.description.trim() || null,
  ...(values.handle.trim() ? { handle: values.handle.trim() } : {}),
})

type SymptomFormFieldsProps = {
  values: SymptomFormValues
  onChange: (values: SymptomFormValues) => void
}

export const SymptomFormFields = ({ values, onChange }: SymptomFormFieldsProps) => (
  <div className="flex flex-col gap-y-4">
    <FormField id="symptom-name" label="Name">
      <Input
        id="symptom-name"
        value={values.name}
        onChange={(e) => onChange({ ...values, name: e.target.value })}
        required
      />
    </FormField>
    <FormField
      id="symptom-handle"
      label="Handle"
      hint="Storefronts send the handle; leave empty to derive it from the name."
    >
      <Input
        id="symptom-handle"
        value={values.handle}
        onChange={(e) => onChange({ ...values, handle: e.target.value })}
      />
    </FormField>
    <FormField id="symptom-description" label="Description">
      <Textarea
        id="symptom-description"
        value={values.description}
        onChange={(e) => onChange({ ...values, description: e.target.value })}
      />
    </FormField>
  </div>
)
