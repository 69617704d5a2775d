import { zodResolver } from "@hookform/resolvers/zod"
import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { usePermissions } from "../../hooks/permissions"
import { useCreateSymptom } from "../../hooks/symptoms"
import { showServerError } from "../../lib/server-errors"
import { FormModal } from "../common/form-modal"
import {
  SYMPTOM_SERVER_FIELDS,
  SymptomFormFields,
  symptomFormToInput,
  symptomSchema,
  symptomToForm,
  type SymptomFormValues,
} from "./symptom-form-fields"

export const CreateSymptomModal = () => {
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  const createSymptom = useCreateSymptom()
  const { denied } = usePermissions()
  const form = useForm<SymptomFormValues>({ defaultValues: symptomToForm(), resolver: zodResolver(symptomSchema) })

  const handleOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      form.reset(symptomToForm())
    }
  }

  const handleSubmit = (values: SymptomFormValues) =>
    createSymptom.mutate(symptomFormToInput(values), {
      onSuccess: ({ symptom }) => {
        toast.success(`Symptom "${symptom.name}" created`)
        handleOpenChange(false)
        navigate(`/symptoms/${symptom.id}`)
      },
      onError: (error) => showServerError(form, error, { fields: SYMPTOM_SERVER_FIELDS, thing: "symptom" }),
    })

  return (
    <FormModal
      title="Create symptom"
      description="A sign shoppers recognise in their skin; routines prefer the products that address it."
      open={open}
      onOpenChange={handleOpenChange}
      form={form}
      onSubmit={handleSubmit}
      isPending={createSymptom.isPending}
      deniedReason={denied("symptom:create")}
    >
      <SymptomFormFields />
    </FormModal>
  )
}
