import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { OrderRoutineSubscription } from "../../../types"
import { useOrderRoutineSubscriptions } from "../../hooks/routine-subscriptions"
import { formatInstant } from "../../lib/format"
import { intervalWords } from "../../lib/subscription-words"
import { SubscriptionStatusBadge } from "./subscription-status-badge"

const SubscriptionLine = ({ subscription, text }: { subscription: OrderRoutineSubscription; text: string }) => (
  <div className="flex items-center justify-between gap-x-2" data-testid="order-routine-subscription">
    <Text size="small">
      {text}{" "}
      <Link to={`/routine-subscriptions/${subscription.id}`} className="text-ui-fg-interactive hover:underline">
        {subscription.routine?.title ?? "a deleted routine"}, {intervalWords(subscription.interval_weeks).toLowerCase()}
      </Link>
    </Text>
    <SubscriptionStatusBadge status={subscription.status} />
  </div>
)

/**
 * Whether the order started subscriptions (one per subscribed bundle) or was
 * a renewal of one, each linked to its page; nothing for a one-off order.
 */
export const OrderSubscriptions = ({ orderId }: { orderId: string }) => {
  const { data } = useOrderRoutineSubscriptions(orderId)
  if (!data || (!data.started.length && !data.renewal_of)) return null
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      {data.renewal_of && (
        <SubscriptionLine subscription={data.renewal_of} text={`The renewal due ${formatInstant(data.renewal_of.due_at)} of`} />
      )}
      {data.started.map((subscription) => (
        <SubscriptionLine key={subscription.id} subscription={subscription} text="Started the subscription to" />
      ))}
    </div>
  )
}
