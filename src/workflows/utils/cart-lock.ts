/**
 * Bundle workflows hold the cart's lock (the key core's cart workflows use)
 * while they write, and core workflows they run as steps skip their own.
 * Core waits 2 s for the lock; bundle workflows wait longer so that many adds
 * to one cart queue up instead of failing. The wait is sized from a
 * measurement: core's add-to-cart, most of the time under the lock, took
 * 0.6-1.9 s per bundle on two busy cores, so 20 queued adds need up to ~30 s.
 */
export const CART_LOCK_TIMEOUT_SECONDS = 60
export const CART_LOCK_TTL_SECONDS = 60
