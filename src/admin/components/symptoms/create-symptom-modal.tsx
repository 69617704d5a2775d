import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { usePermissions } from "../../hooks/permissions"
import { useCreateSymptom } from "../../hooks/symptoms"
import { FormModal } from "../common/form-modal"
import { SymptomFormFields, symptomFormToInput, symptomToForm } from "./symptom-form-fields"

export const CreateSymptomModal = () => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(() => symptomToForm())
  const navigate = useNavigate()
  const createSymptom = useCreateSymptom()
  const { denied } = usePermissions()

  const handleOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setValues(symptomToForm())
    }
  }

  const handleSubmit = () =>
    createSymptom.mutate(symptomFormToInput(values), {
      onSuccess: ({ symptom }) => {
        toast.success(`Symptom "${symptom.name}" created`)
        handleOpenChange(false)
        navigate(`/symptoms/${symptom.id}`)
      },
      onError: (error) => toast.error(error.message),
    })

  return (
    <FormModal
      title="Create symptom"
      description="A sign shoppers recognise in their skin; routines prefer the products that address it."
      open={open}
      onOpenChange={handleOpenChange}
      onSubmit={handleSubmit}
      isPending={createSymptom.isPending}
      deniedReason={denied("symptom:create")}
    >
      <SymptomFormFields values={values} onChange={setValues} />
    </FormModal>
  )
}
