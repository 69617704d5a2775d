import { zodResolver } from "@hookform/resolvers/zod"
import { toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm, useWatch } from "react-hook-form"
import { usePermissions } from "../../hooks/permissions"
import { useRegions } from "../../hooks/regions"
import { useUpdateRoutine } from "../../hooks/routines"
import { showServerError } from "../../lib/server-errors"
import type { AdminRoutine as Routine } from "../../../types"
import { FormDrawer } from "../common/form-drawer"
import { OfferPreview } from "./offer-preview"
import { editInput, ROUTINE_SERVER_FIELDS, routineSchema, routineToForm, type RoutineFormValues } from "./routine-form"
import { offerCurrencies, RoutineFormFields } from "./routine-form-fields"

type EditRoutineDrawerProps = {
  routine: Routine
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const EditRoutineDrawer = ({ routine, open, onOpenChange }: EditRoutineDrawerProps) => {
  const updateRoutine = useUpdateRoutine(routine.id)
  const { denied } = usePermissions()
  const offerDenied = denied("routine_offer:update")
  const { data: regionData } = useRegions()
  const stepCount = routine.steps?.length ?? 0
  const form = useForm<RoutineFormValues>({
    defaultValues: routineToForm(routine),
    resolver: zodResolver(
      routineSchema({ stepCount, published: routine.status === "published", offerLocked: !!offerDenied })
    ),
  })
  const amounts = useWatch({ control: form.control, name: "amounts" })
  const currencies = offerCurrencies(regionData?.regions, amounts ?? {})

  // Each opening starts from what is saved, not from an abandoned edit.
  useEffect(() => {
    if (open) {
      form.reset(routineToForm(routine))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, routine])

  const handleSubmit = (values: RoutineFormValues) =>
    updateRoutine.mutate(editInput(values, routine, !offerDenied), {
      onSuccess: () => {
        toast.success("Routine saved")
        onOpenChange(false)
      },
      onError: (error) => showServerError(form, error, { fields: ROUTINE_SERVER_FIELDS, thing: "routine" }),
    })

  return (
    <FormDrawer
      title="Edit routine"
      description="Change the routine's details and discount."
      open={open}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={handleSubmit}
      isPending={updateRoutine.isPending}
    >
      <RoutineFormFields currencies={currencies} offerDeniedReason={offerDenied} />
      <OfferPreview stepCount={stepCount || undefined} currencies={currencies} />
    </FormDrawer>
  )
}
