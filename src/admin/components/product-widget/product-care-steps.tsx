import { Trash } from "@medusajs/icons"
import { Badge, IconButton, Label, Switch, Text, toast, usePrompt } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useRoutine } from "../../hooks/routines"
import { useUpdateStepProducts } from "../../hooks/steps"
import type { AdminProductCareStep as ProductCareStep } from "../../../types"
import { RankInput } from "../routines/rank-input"
import { RoutineStatusBadge } from "../routines/routine-status-badge"
import { ranksTaken, stepProductRows } from "../routines/step-products"

type ProductCareStepsProps = {
  productId: string
  productTitle: string
  careSteps: ProductCareStep[]
  // Without routine:update the steps are listed, not changed (the widget says why).
  readOnly: boolean
}

/**
 * The product's rank among the step's candidates (0 is picked first), under
 * the step table's rule: the ranks the other candidates hold, read from the
 * routine the step belongs to (one read per routine, shared with its page), are refused.
 */
const ProductStepRank = ({
  step,
  productId,
  disabled,
  onCommit,
}: {
  step: ProductCareStep
  productId: string
  disabled: boolean
  onCommit: (rank: number) => void
}) => {
  const { data } = useRoutine(step.routine.id)
  const careStep = data?.routine.steps?.find((s) => s.id === step.id)
  return (
    <div className="flex items-start gap-x-2">
      <Text size="small" className="mt-1.5" aria-hidden>
        Rank
      </Text>
      <RankInput
        label={`Rank in ${step.title} of ${step.routine.title}`}
        rank={step.rank}
        taken={careStep ? ranksTaken(stepProductRows(careStep), productId) : new Map()}
        disabled={disabled || !careStep}
        onCommit={onCommit}
      />
    </div>
  )
}

export const ProductCareSteps = ({ productId, productTitle, careSteps, readOnly }: ProductCareStepsProps) => {
  const prompt = usePrompt()
  const updateProducts = useUpdateStepProducts()

  const save = (
    step: ProductCareStep,
    body: { update?: { product_id: string; is_default?: boolean; rank?: number }[]; remove?: string[] },
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
            <div className="flex flex-wrap items-center gap-x-2 gap-y-2">
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
            <ProductStepRank
              step={step}
              productId={productId}
              disabled={updateProducts.isPending || readOnly}
              onCommit={(rank) => save(step, { update: [{ product_id: productId, rank }] }, "Rank saved")}
            />
          </li>
        )
      })}
    </ul>
  )
}
