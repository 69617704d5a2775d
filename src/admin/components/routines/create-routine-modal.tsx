import { zodResolver } from "@hookform/resolvers/zod"
import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm, useWatch } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { usePermissions } from "../../hooks/permissions"
import { useRegions } from "../../hooks/regions"
import { useCreateRoutine } from "../../hooks/routines"
import { showServerError } from "../../lib/server-errors"
import { FormModal } from "../common/form-modal"
import { OfferPreview } from "./offer-preview"
import {
  createInput,
  emptyRoutineForm,
  ROUTINE_SERVER_FIELDS,
  routineSchema,
  type RoutineFormValues,
} from "./routine-form"
import { offerCurrencies, RoutineFormFields } from "./routine-form-fields"

export const CreateRoutineModal = () => {
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  const createRoutine = useCreateRoutine()
  const { denied } = usePermissions()
  const offerDenied = denied("routine_offer:update")
  const { data: regionData } = useRegions()
  const form = useForm<RoutineFormValues>({
    defaultValues: emptyRoutineForm(),
    resolver: zodResolver(routineSchema({ offerLocked: !!offerDenied })),
  })
  const amounts = useWatch({ control: form.control, name: "amounts" })
  const currencies = offerCurrencies(regionData?.regions, amounts ?? {})

  const handleOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      form.reset(emptyRoutineForm())
    }
  }

  // New routines start as drafts: they are published once they have steps.
  const handleSubmit = (values: RoutineFormValues) =>
    createRoutine.mutate(
      { ...createInput(values, !offerDenied), status: "draft" },
      {
        onSuccess: ({ routine }) => {
          toast.success(`Routine "${routine.title}" created`)
          handleOpenChange(false)
          navigate(`/routines/${routine.id}`)
        },
        onError: (error) => showServerError(form, error, { fields: ROUTINE_SERVER_FIELDS, thing: "routine" }),
      }
    )

  return (
    <FormModal
      title="Create routine"
      description="A routine is sold as one discounted bundle: one product per step."
      open={open}
      onOpenChange={handleOpenChange}
      form={form}
      onSubmit={handleSubmit}
      isPending={createRoutine.isPending}
      deniedReason={denied("routine:create")}
      aside={<OfferPreview currencies={currencies} />}
    >
      <RoutineFormFields currencies={currencies} offerDeniedReason={offerDenied} />
    </FormModal>
  )
}
