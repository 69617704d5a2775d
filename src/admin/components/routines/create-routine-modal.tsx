import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { usePermissions } from "../../hooks/permissions"
import { useCreateRoutine } from "../../hooks/routines"
import { FormModal } from "../common/form-modal"
import { createInput, emptyRoutineForm } from "./routine-form"
import { RoutineFormFields } from "./routine-form-fields"

export const CreateRoutineModal = () => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(emptyRoutineForm)
  const navigate = useNavigate()
  const createRoutine = useCreateRoutine()
  const { denied } = usePermissions()
  const offerDenied = denied("routine_offer:update")

  const handleOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setValues(emptyRoutineForm)
    }
  }

  // New routines start as drafts: they are published once they have steps.
  const handleSubmit = () =>
    createRoutine.mutate(
      { ...createInput(values, !offerDenied), status: "draft" },
      {
        onSuccess: ({ routine }) => {
          toast.success(`Routine "${routine.title}" created`)
          handleOpenChange(false)
          navigate(`/routines/${routine.id}`)
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <FormModal
      title="Create routine"
      description="A routine is sold as one discounted bundle: one product per step."
      open={open}
      onOpenChange={handleOpenChange}
      onSubmit={handleSubmit}
      isPending={createRoutine.isPending}
      deniedReason={denied("routine:create")}
    >
      <RoutineFormFields values={values} onChange={setValues} offerDeniedReason={offerDenied} />
    </FormModal>
  )
}
