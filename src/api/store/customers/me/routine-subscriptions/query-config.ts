import { STORE_SUBSCRIPTION_FIELDS, STORE_SUBSCRIPTION_LIST_FIELDS } from "../../../../utils/routine-subscriptions"

// No `payment_data` and no other relation: a shopper's fields are these.
export const listStoreRoutineSubscriptionsQueryConfig = {
  defaults: STORE_SUBSCRIPTION_LIST_FIELDS,
  allowed: STORE_SUBSCRIPTION_FIELDS,
  defaultLimit: 20,
  isList: true,
  entity: "routine_subscription",
}

export const retrieveStoreRoutineSubscriptionQueryConfig = {
  defaults: STORE_SUBSCRIPTION_FIELDS,
  allowed: STORE_SUBSCRIPTION_FIELDS,
  isList: false,
  entity: "routine_subscription",
}
