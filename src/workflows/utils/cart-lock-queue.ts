import { randomUUID } from "node:crypto"

/**
 * The requests of this process waiting for a cart's lock, in arrival order.
 *
 * Core's `acquireLockStep` has every waiter poll the Locking module every
 * 300 ms, so whoever polls first after a release wins: in a burst on one
 * cart the last arrivals can be served first and the first ones starve past
 * their wait. Here only the head of a cart's queue asks the Locking module
 * for the lock, and it keeps its place until it releases the lock, when the
 * next in line is woken at once. Across servers each server's head competes
 * for the shared lock; within a server the order is arrival order.
 *
 * It also measures how long the lock is held, so that a request that gave up
 * can be told when the queue ahead of it should have drained.
 */

type Entry = {
  token: string
  /** Wakes the waiter when it reaches the head of the queue. */
  turn: () => void
  acquired_at?: number
}

const queues = new Map<string, Entry[]>()

/** Mean time a cart lock is held in this process, in ms (exponentially weighted). */
let meanHoldMs: number | undefined
const HOLD_WEIGHT = 0.2

export type QueuePlace = {
  token: string
  /** Resolves when this request is at the head of the cart's queue. */
  turn: Promise<void>
}

export const joinCartQueue = (key: string): QueuePlace => {
  const token = randomUUID()
  let turn!: () => void
  const promise = new Promise<void>((resolve) => (turn = resolve))
  const queue = queues.get(key) ?? []
  queue.push({ token, turn })
  queues.set(key, queue)
  if (queue.length === 1) turn()
  return { token, turn: promise }
}

/** How many requests are ahead of this one (the holder included). */
export const placesAhead = (key: string, token: string) =>
  Math.max(0, queues.get(key)?.findIndex((e) => e.token === token) ?? 0)

/** The head took the cart's lock: its hold is measured from now. */
export const markLockAcquired = (key: string, token: string) => {
  const entry = queues.get(key)?.find((e) => e.token === token)
  if (entry) entry.acquired_at = Date.now()
}

/** Leaves the queue (after releasing the lock, or giving up) and wakes the next in line. */
export const leaveCartQueue = (key: string, token: string) => {
  const queue = queues.get(key)
  const index = queue?.findIndex((e) => e.token === token) ?? -1
  if (!queue || index < 0) return
  const [entry] = queue.splice(index, 1)
  if (entry.acquired_at !== undefined) {
    const held = Date.now() - entry.acquired_at
    meanHoldMs = meanHoldMs === undefined ? held : meanHoldMs + HOLD_WEIGHT * (held - meanHoldMs)
  }
  if (!queue.length) queues.delete(key)
  else if (index === 0) queue[0].turn()
}

/**
 * Whole seconds after which a request that gave up at this place should find
 * the queue ahead of it drained: the places ahead times the mean hold, at
 * least one second.
 */
export const retryAfterSeconds = (ahead: number) =>
  Math.max(1, Math.ceil((Math.max(ahead, 1) * (meanHoldMs ?? 1000)) / 1000))
