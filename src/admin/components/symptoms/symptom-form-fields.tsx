import { z } from "zod"
import { useFormContext } from "react-hook-form"
import { optionalHandle, requiredLine } from "../../lib/form-rules"
import type { ServerFields } from "../../lib/server-errors"
import type { AdminSymptom as Symptom, AdminSymptomInput as SymptomInput } from "../../../types"
import { InputField, TextareaField } from "../common/form-fields"

// The symptom's fields as the server checks them (src/api/admin/symptoms/validators.ts).
export const symptomSchema = z.object({
  name: requiredLine("Name"),
  handle: optionalHandle("name"),
  description: z.string(),
})
export type SymptomFormValues = z.infer<typeof symptomSchema>

export const SYMPTOM_SERVER_FIELDS: ServerFields<SymptomFormValues> = {
  name: { path: "name", label: "Name" },
  handle: { path: "handle", label: "Handle" },
  description: { path: "description", label: "Description" },
}

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

export const SymptomFormFields = () => {
  const { control } = useFormContext<SymptomFormValues>()
  return (
    <div className="flex flex-col gap-y-4">
      <InputField control={control} name="name" label="Name" />
      <InputField
        control={control}
        name="handle"
        label="Handle"
        hint="Storefronts send the handle; leave empty to derive it from the name."
      />
      <TextareaField control={control} name="description" label="Description" />
    </div>
  )
}
