/**
 * Every change of one subscription (a shopper's or merchant's action, a
 * renewal) reads it and then writes from what it read: they queue on one
 * lock per subscription, so a pause never lands in the middle of a renewal
 * and a skip never moves a date a renewal is ordering. A wait past 30 s is a
 * 409 asking to retry (src/api/utils/route-errors.ts).
 */
export const subscriptionLock = (subscriptionId: string) => ({
  key: `routine_subscription:${subscriptionId}`,
  timeout: 30,
  ttl: 120,
})
