import { Input, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCreateStep, useUpdateStep } from "../../hooks/steps"
import type { AdminCareStep as CareStep } from "../../../types"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"

type StepFormDrawerProps = {
  routineId: string
  // The step being edited; null adds a new step at the end.
  step: CareStep | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

const toValues = (step: CareStep | null) => ({
  title: step?.title ?? "",
  handle: step?.handle ?? "",
  guidance: step?.guidance ?? "",
  optional: step?.optional ?? false,
})

export const StepFormDrawer = ({ routineId, step, open, onOpenChange }: StepFormDrawerProps) => {
  const [values, setValues] = useState(() => toValues(step))
  const createStep = useCreateStep(routineId)
  const updateStep = useUpdateStep(routineId)

  useEffect(() => {
    if (open) {
      setValues(toValues(step))
    }
  }, [open, step])

  const handleSubmit = () => {
    const body = {
      title: values.title.trim(),
      guidance: values.guidance.trim() || null,
      optional: values.optional,
      ...(values.handle.trim() ? { handle: values.handle.trim() } : {}),
    }
    const options = {
      onSuccess: () => {
        toast.success(step ? "Step saved" : `Step "${body.title}" added`)
        onOpenChange(false)
      },
      onError: (error: Error) => toast.error(error.message),
    }
    if (step) {
      updateStep.mutate({ stepId: step.id, ...body }, options)
    } else {
      createStep.mutate(body, options)
    }
  }

  return (
    <FormDrawer
      title={step ? "Edit step" : "Add step"}
      description="A step's title, handle, guidance and whether it is optional."
      open={open}
      onOpenChange={onOpenChange}
      onSubmit={handleSubmit}
      isPending={createStep.isPending || updateStep.isPending}
    >
      <FormField id="step-title" label="Title">
        <Input
          id="step-title"
          value={values.title}
          onChange={(e) => setValues({ ...values, title: e.target.value })}
          required
        />
      </FormField>
      <FormField id="step-handle" label="Handle" hint="Leave empty to derive it from the title.">
        <Input
          id="step-handle"
          value={values.handle}
          onChange={(e) => setValues({ ...values, handle: e.target.value })}
        />
      </FormField>
      <FormField id="step-guidance" label="Guidance">
        <Textarea
          id="step-guidance"
          value={values.guidance}
          onChange={(e) => setValues({ ...values, guidance: e.target.value })}
        />
      </FormField>
      <div className="flex items-center justify-between gap-x-4">
        <div>
          <Label htmlFor="step-optional" size="small" weight="plus">
            Optional
          </Label>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Shoppers may skip an optional step.
          </Text>
        </div>
        <Switch
          id="step-optional"
          checked={values.optional}
          onCheckedChange={(optional) => setValues({ ...values, optional })}
        />
      </div>
    </FormDrawer>
  )
}
