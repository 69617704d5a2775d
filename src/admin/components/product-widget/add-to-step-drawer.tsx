import { Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useRoutineStepOptions } from "../../hooks/routines"
import { useUpdateStepProducts } from "../../hooks/steps"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"
import { ErrorState, LoadingState } from "../common/query-states"

type AddToStepDrawerProps = {
  productId: string
  // Steps the product is already a candidate in.
  linkedStepIds: string[]
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const AddToStepDrawer = ({
  productId,
  linkedStepIds,
  open,
  onOpenChange,
}: AddToStepDrawerProps) => {
  const [choice, setChoice] = useState("")
  const [isDefault, setIsDefault] = useState(false)
  const { data, isLoading, isError, error, refetch } = useRoutineStepOptions(open)
  const updateProducts = useUpdateStepProducts()

  useEffect(() => {
    if (!open) {
      setChoice("")
      setIsDefault(false)
    }
  }, [open])

  // A step id alone does not name its routine, so the option value holds both.
  const handleSubmit = () => {
    const [routineId, stepId] = choice.split("/")
    if (!routineId || !stepId) {
      toast.error("Choose a step first")
      return
    }
    updateProducts.mutate(
      { routineId, stepId, add: [{ product_id: productId, is_default: isDefault }] },
      {
        onSuccess: () => {
          toast.success("Product added to the step")
          onOpenChange(false)
        },
        onError: (e) => toast.error(e.message),
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
      onSubmit={handleSubmit}
      isPending={updateProducts.isPending}
    >
      {isLoading && <LoadingState />}
      {isError && <ErrorState error={error} onRetry={refetch} />}
      {data && (
        <FormField id="add-to-step" label="Step">
          <Select value={choice} onValueChange={setChoice}>
            <Select.Trigger id="add-to-step" aria-label="Step">
              <Select.Value placeholder="Choose a step" />
            </Select.Trigger>
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
        </FormField>
      )}
      <div className="flex items-center justify-between gap-x-4">
        <div>
          <Label htmlFor="add-to-step-default" size="small" weight="plus">
            Default for the step
          </Label>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Replaces the step's current default.
          </Text>
        </div>
        <Switch id="add-to-step-default" checked={isDefault} onCheckedChange={setIsDefault} />
      </div>
    </FormDrawer>
  )
}
