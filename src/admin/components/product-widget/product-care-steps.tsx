import { Trash } from "@medusajs/icons"
import { Badge, IconButton, Label, Switch, Text, toast, usePrompt } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useUpdateStepProducts } from "../../hooks/steps"
import type { AdminProductCareStep as ProductCareStep } from "../../../types"
import { RoutineStatusBadge } from "../routines/routine-status-badge"

type ProductCareStepsProps = {
  productId: string
  productTitle: string
  careSteps: ProductCareStep[]
  // Without routine:update the steps are listed, not changed (the widget says why).
  readOnly: boolean
}

export const ProductCareSteps = ({ productId, productTitle, careSteps, readOnly }: ProductCareStepsProps) => {
  const prompt = usePrompt()
  const updateProducts = useUpdateStepProducts()

  const save = (
    step: ProductCareStep,
    body: { update?: { product_id: string; is_default: boolean }[]; remove?: string[] },
    success: string
  ) =>
    updateProducts.mutate(
      { routineId: step.routine.id, stepId: step.id, ...body },
      {
        onSuccess: () => toast.success(success),
        onError: (error) => toast.error(error.message),
      }
    )

  const remove = async (step: ProductCareStep) => {
    const confirmed = await prompt({
      title: "Remove from step?",
      description: `"${productTitle}" will no longer be offered for "${step.title}" in ${step.routine.title}.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (confirmed) {
      save(step, { remove: [productId] }, "Removed from the step")
    }
  }

  if (careSteps.length === 0) {
    return (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Not a candidate in any routine step yet.
        </Text>
      </div>
    )
  }

  return (
    <ul className="divide-y" data-testid="product-care-steps">
      {careSteps.map((step) => {
        const switchId = `default-${step.id}`
        return (
          <li key={step.id} className="flex flex-col gap-y-2 px-6 py-3">
            <div className="flex items-start justify-between gap-x-2">
              <div className="flex flex-col">
                <Link
                  to={`/routines/${step.routine.id}`}
                  className="txt-small-plus text-ui-fg-base hover:underline"
                >
                  {step.routine.title}
                </Link>
                <Text size="small" className="text-ui-fg-subtle">
                  Step {step.position}: {step.title}
                </Text>
              </div>
              <div className="flex items-center gap-x-1">
                <RoutineStatusBadge status={step.routine.status} />
                {!readOnly && (
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label={`Remove from ${step.title}`}
                    disabled={updateProducts.isPending}
                    onClick={() => remove(step)}
                  >
                    <Trash />
                  </IconButton>
                )}
              </div>
            </div>
            <div className="flex items-center gap-x-2">
              <Switch
                id={switchId}
                size="small"
                checked={step.is_default}
                disabled={updateProducts.isPending || readOnly}
                onCheckedChange={(is_default) =>
                  save(
                    step,
                    { update: [{ product_id: productId, is_default }] },
                    is_default ? "Now the step's default" : "No longer the default"
                  )
                }
              />
              <Label htmlFor={switchId} size="small">
                Default pick
              </Label>
              {step.is_default && (
                <Badge size="2xsmall" color="green">
                  Default
                </Badge>
              )}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
