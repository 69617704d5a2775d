/**
 * Bundle workflows hold the cart's lock (the key core's cart workflows use)
 * for their whole run, and core workflows they run as steps skip their own.
 * Core waits 2 s for the lock; a bundle add waits longer so that many adds to
 * one cart queue up instead of failing.
 */
export const CART_LOCK_TIMEOUT_SECONDS = 30
export const CART_LOCK_TTL_SECONDS = 60
