import { zodResolver } from "@hookform/resolvers/zod"
import { Select, Switch, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useRoutineStepOptions } from "../../hooks/routines"
import { useUpdateStepProducts } from "../../hooks/steps"
import { checkNumber } from "../../lib/form-rules"
import { showServerError, type ServerFields } from "../../lib/server-errors"
import { Form } from "../common/form"
import { FormDrawer } from "../common/form-drawer"
import { InputField } from "../common/form-fields"
import { ErrorState, LoadingState } from "../common/query-states"

type AddToStepDrawerProps = {
  productId: string
  // Steps the product is already a candidate in.
  linkedStepIds: string[]
  open: boolean
  onOpenChange: (open: boolean) => void
}

// A step id alone does not name its routine, so the choice holds both: "rtn_…/step_…".
const schema = z
  .object({
    step: z.string().min(1, "Choose a step."),
    is_default: z.boolean(),
    rank: z.string(),
  })
  .superRefine((values, ctx) => {
    checkNumber(ctx, ["rank"], values.rank, { label: "a rank", min: 0, integer: true, required: false })
  })
type AddToStepValues = z.infer<typeof schema>

const SERVER_FIELDS: ServerFields<AddToStepValues> = {
  is_default: { path: "is_default", label: "Default for the step" },
  rank: { path: "rank", label: "Rank" },
}

const EMPTY: AddToStepValues = { step: "", is_default: false, rank: "" }

export const AddToStepDrawer = ({ productId, linkedStepIds, open, onOpenChange }: AddToStepDrawerProps) => {
  const { data, isLoading, isError, error, refetch } = useRoutineStepOptions(open)
  const updateProducts = useUpdateStepProducts()
  const form = useForm<AddToStepValues>({ defaultValues: EMPTY, resolver: zodResolver(schema) })

  useEffect(() => {
    if (!open) {
      form.reset(EMPTY)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const handleSubmit = ({ step, is_default, rank }: AddToStepValues) => {
    const [routineId, stepId] = step.split("/")
    updateProducts.mutate(
      {
        routineId,
        stepId,
        add: [{ product_id: productId, is_default, ...(rank.trim() ? { rank: Number(rank) } : {}) }],
      },
      {
        onSuccess: () => {
          toast.success("Product added to the step")
          onOpenChange(false)
        },
        onError: (e) => showServerError(form, e, { fields: SERVER_FIELDS, thing: "product" }),
      }
    )
  }

  const routines = data?.routines ?? []

  return (
    <FormDrawer
      title="Add to a routine step"
      description="Offer this product as a candidate for a routine step."
      open={open}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={handleSubmit}
      isPending={updateProducts.isPending}
      submitLabel="Add"
    >
      {isLoading && <LoadingState />}
      {isError && <ErrorState error={error} onRetry={refetch} />}
      <Form.Field
        control={form.control}
        name="step"
        render={({ field: { value, onChange, ref, name } }) => (
          <Form.Item>
            <Form.Label>Step</Form.Label>
            <Select name={name} value={value} onValueChange={onChange}>
              <Form.Control>
                <Select.Trigger ref={ref}>
                  <Select.Value placeholder="Choose a step" />
                </Select.Trigger>
              </Form.Control>
              <Select.Content>
                {routines.map((routine) => (
                  <Select.Group key={routine.id}>
                    <Select.Label>{routine.title}</Select.Label>
                    {[...(routine.steps ?? [])]
                      .sort((a, b) => a.position - b.position)
                      .map((step) => (
                        <Select.Item
                          key={step.id}
                          value={`${routine.id}/${step.id}`}
                          disabled={linkedStepIds.includes(step.id)}
                        >
                          {step.position}. {step.title}
                        </Select.Item>
                      ))}
                  </Select.Group>
                ))}
              </Select.Content>
            </Select>
            <Form.ErrorMessage />
          </Form.Item>
        )}
      />
      <InputField
        control={form.control}
        name="rank"
        label="Rank"
        hint="Lower ranks are picked first; leave empty to rank it after the step's other products."
        type="number"
        min={0}
        step={1}
      />
      <Form.Field
        control={form.control}
        name="is_default"
        render={({ field: { value, onChange, ref } }) => (
          <Form.Item className="flex flex-col gap-y-1">
            <div className="flex items-center justify-between gap-x-4">
              <Form.Label>Default for the step</Form.Label>
              <Form.Control>
                <Switch ref={ref} checked={value} onCheckedChange={onChange} />
              </Form.Control>
            </div>
            <Form.Hint>Replaces the step's current default.</Form.Hint>
            <Form.ErrorMessage />
          </Form.Item>
        )}
      />
    </FormDrawer>
  )
}
