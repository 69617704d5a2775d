import { Badge, Container, Text } from "@medusajs/ui"
import type { AdminRoutine, AdminSymptom, RoutineSubscription } from "../../../types"
import { LoadingState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"

/** A step or symptom named by its id or its handle, as a choice may name either. */
const byKey = <T extends { id: string; handle: string }>(items: T[], key: string) => items.find((i) => i.id === key || i.handle === key)

/**
 * What each refill is built from: the shopper's warning signs (replaced by
 * each check-in), the steps left out, the products they chose, the quantity.
 * A step the shopper did not choose for gets the store's pick on the day.
 */
export const SubscriptionChoiceSection = ({
  subscription,
  routine,
  symptoms,
  loading,
}: {
  subscription: RoutineSubscription
  routine?: AdminRoutine
  symptoms: AdminSymptom[]
  /** The routine (its steps and products) is still being read. */
  loading: boolean
}) => {
  const { choice } = subscription
  const steps = [...(routine?.steps ?? [])].sort((a, b) => a.position - b.position)
  const skipped = new Set((choice.skip_steps ?? []).map((key) => byKey(steps, key)?.id ?? key))
  const picked = Object.fromEntries(Object.entries(choice.selections ?? {}).map(([key, variant]) => [byKey(steps, key)?.id ?? key, variant]))
  const productOf = (stepId: string) => {
    const variantId = picked[stepId]
    if (!variantId) return "The store's pick on the day"
    for (const product of steps.find((s) => s.id === stepId)?.products ?? []) {
      const variant = product.variants?.find((v) => v.id === variantId)
      if (variant) return product.variants!.length > 1 ? `${product.title} (${variant.title})` : product.title
    }
    return "A product no longer in the step: the store's pick on the day"
  }
  const named = (choice.symptoms ?? []).map((key) => byKey(symptoms, key)?.name ?? key)

  return (
    <Container className="divide-y p-0" data-testid="subscription-choice">
      <SectionHeader title="Refill" subtitle={`${choice.quantity} × the routine, re-quoted at each renewal`} />
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Text size="small" weight="plus">
          Warning signs:
        </Text>
        {named.length ? named.map((name) => <Badge key={name} size="2xsmall">{name}</Badge>) : <Text size="small">None ticked</Text>}
      </div>
      {loading && <LoadingState rows={2} />}
      {steps.map((step) => (
        <div key={step.id} className="grid grid-cols-2 px-6 py-3">
          <Text size="small" weight="plus">
            {step.title}
          </Text>
          <Text size="small" className={skipped.has(step.id) ? "text-ui-fg-muted" : undefined}>
            {skipped.has(step.id) ? "Left out" : productOf(step.id)}
          </Text>
        </div>
      ))}
    </Container>
  )
}
