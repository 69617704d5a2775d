import { zodResolver } from "@hookform/resolvers/zod"
import { Switch, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useCreateStep, useUpdateStep } from "../../hooks/steps"
import { optionalHandle, requiredLine } from "../../lib/form-rules"
import { showServerError, type ServerFields } from "../../lib/server-errors"
import type { AdminCareStep as CareStep } from "../../../types"
import { Form } from "../common/form"
import { FormDrawer } from "../common/form-drawer"
import { InputField, TextareaField } from "../common/form-fields"

type StepFormDrawerProps = {
  routineId: string
  // The step being edited; null adds a new step at the end.
  step: CareStep | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

// The care step's fields as the server checks them (src/api/admin/routines/validators.ts).
const stepSchema = z.object({
  title: requiredLine("Title"),
  handle: optionalHandle("title"),
  guidance: z.string(),
  optional: z.boolean(),
})
type StepFormValues = z.infer<typeof stepSchema>

const STEP_SERVER_FIELDS: ServerFields<StepFormValues> = {
  title: { path: "title", label: "Title" },
  handle: { path: "handle", label: "Handle" },
  guidance: { path: "guidance", label: "Guidance" },
  optional: { path: "optional", label: "Optional" },
}

const toValues = (step: CareStep | null): StepFormValues => ({
  title: step?.title ?? "",
  handle: step?.handle ?? "",
  guidance: step?.guidance ?? "",
  optional: step?.optional ?? false,
})

export const StepFormDrawer = ({ routineId, step, open, onOpenChange }: StepFormDrawerProps) => {
  const createStep = useCreateStep(routineId)
  const updateStep = useUpdateStep(routineId)
  const form = useForm<StepFormValues>({ defaultValues: toValues(step), resolver: zodResolver(stepSchema) })

  useEffect(() => {
    if (open) {
      form.reset(toValues(step))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, step])

  const handleSubmit = (values: StepFormValues) => {
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
      onError: (error: Error) => showServerError(form, error, { fields: STEP_SERVER_FIELDS, thing: "step of this routine" }),
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
      form={form}
      onSubmit={handleSubmit}
      isPending={createStep.isPending || updateStep.isPending}
    >
      <InputField control={form.control} name="title" label="Title" />
      <InputField control={form.control} name="handle" label="Handle" hint="Leave empty to derive it from the title." />
      <TextareaField control={form.control} name="guidance" label="Guidance" />
      <Form.Field
        control={form.control}
        name="optional"
        render={({ field: { value, onChange, ref } }) => (
          <Form.Item className="flex flex-col gap-y-1">
            <div className="flex items-center justify-between gap-x-4">
              <Form.Label>Optional</Form.Label>
              <Form.Control>
                <Switch ref={ref} checked={value} onCheckedChange={onChange} />
              </Form.Control>
            </div>
            <Form.Hint>Shoppers may skip an optional step.</Form.Hint>
            <Form.ErrorMessage />
          </Form.Item>
        )}
      />
    </FormDrawer>
  )
}
