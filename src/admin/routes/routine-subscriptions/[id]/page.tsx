import { useParams } from "react-router-dom"
import type { AdminRoutine, RoutineSubscriptionSettings } from "../../../../types"
import { RequirePermission } from "../../../components/common/permission"
import { ErrorState, LoadingState } from "../../../components/common/query-states"
import { SubscriptionChoiceSection } from "../../../components/routine-subscriptions/subscription-choice-section"
import { SubscriptionGeneralSection } from "../../../components/routine-subscriptions/subscription-general-section"
import {
  SubscriptionCheckinsSection,
  SubscriptionRenewalsSection,
} from "../../../components/routine-subscriptions/subscription-history-section"
import { useRoutineSubscription } from "../../../hooks/routine-subscriptions"
import { useRoutine } from "../../../hooks/routines"
import { useSymptoms } from "../../../hooks/symptoms"

/** One subscription: who, what, when; its refill; its renewals with their orders; its check-ins. */
const SubscriptionDetail = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error, refetch } = useRoutineSubscription(id!)
  const subscription = data?.routine_subscription
  // The routine names the refill's steps and products and the intervals it offers now.
  const { data: routineData, isLoading: routineLoading } = useRoutine(subscription?.routine?.id ?? "", { enabled: !!subscription?.routine })
  const { data: symptomData } = useSymptoms()
  const routine = routineData?.routine as (AdminRoutine & Partial<RoutineSubscriptionSettings>) | undefined
  const symptoms = symptomData?.symptoms ?? []

  if (isError) return <ErrorState error={error} onRetry={refetch} />
  if (isLoading || !subscription) return <LoadingState rows={6} />
  return (
    <div className="flex flex-col gap-y-3">
      <SubscriptionGeneralSection subscription={subscription} offered={routine?.subscription_interval_weeks ?? []} />
      <SubscriptionChoiceSection subscription={subscription} routine={routine} symptoms={symptoms} loading={routineLoading} />
      <SubscriptionRenewalsSection subscription={subscription} />
      <SubscriptionCheckinsSection subscription={subscription} symptoms={symptoms} />
    </div>
  )
}

const SubscriptionPage = () => (
  <RequirePermission permission="routine_subscription:read" title="Subscription">
    <SubscriptionDetail />
  </RequirePermission>
)

export const handle = { breadcrumb: () => "Subscription" }

export default SubscriptionPage
