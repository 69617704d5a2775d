import { ADMIN_SUBSCRIPTION_FIELDS, ADMIN_SUBSCRIPTION_LIST_FIELDS } from "../../utils/routine-subscriptions"

// The allowed list is the retrieve's fields: `?fields=` cannot pull other
// links (carts, orders' relations) through a subscription.
export const listAdminRoutineSubscriptionsQueryConfig = {
  defaults: ADMIN_SUBSCRIPTION_LIST_FIELDS,
  allowed: ADMIN_SUBSCRIPTION_FIELDS,
  defaultLimit: 20,
  isList: true,
  entity: "routine_subscription",
}

export const retrieveAdminRoutineSubscriptionQueryConfig = {
  defaults: ADMIN_SUBSCRIPTION_FIELDS,
  allowed: ADMIN_SUBSCRIPTION_FIELDS,
  isList: false,
  entity: "routine_subscription",
}
