import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { usePermissions } from "../../hooks/permissions"
import { useUpdateRoutine } from "../../hooks/routines"
import type { AdminRoutine as Routine } from "../../../types"
import { FormDrawer } from "../common/form-drawer"
import { editInput, routineToForm } from "./routine-form"
import { RoutineFormFields } from "./routine-form-fields"

type EditRoutineDrawerProps = {
  routine: Routine
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const EditRoutineDrawer = ({ routine, open, onOpenChange }: EditRoutineDrawerProps) => {
  const [values, setValues] = useState(() => routineToForm(routine))
  const updateRoutine = useUpdateRoutine(routine.id)
  const { denied } = usePermissions()
  const offerDenied = denied("routine_offer:update")

  // Each opening starts from what is saved, not from an abandoned edit.
  useEffect(() => {
    if (open) {
      setValues(routineToForm(routine))
    }
  }, [open, routine])

  const handleSubmit = () =>
    updateRoutine.mutate(editInput(values, routine, !offerDenied), {
      onSuccess: () => {
        toast.success("Routine saved")
        onOpenChange(false)
      },
      onError: (error) => toast.error(error.message),
    })

  return (
    <FormDrawer
      title="Edit routine"
      description="Change the routine's details and discount."
      open={open}
      onOpenChange={onOpenChange}
      onSubmit={handleSubmit}
      isPending={updateRoutine.isPending}
    >
      <RoutineFormFields values={values} onChange={setValues} offerDeniedReason={offerDenied} />
    </FormDrawer>
  )
}
