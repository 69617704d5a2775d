import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { setTimeout as sleep } from "node:timers/promises"
import { pluginOptions } from "../../plugin-options"
import {
  joinCartQueue,
  leaveCartQueue,
  markLockAcquired,
  placesAhead,
  retryAfterSeconds,
} from "../utils/cart-lock-queue"
import { cartBusyError } from "../utils/errors"

export const acquireCartLockStepId = "acquire-cart-lock"

/** The cart's lock as this process holds it: what the release step and the compensation need. */
export type CartLockHold = { key: string; token: string }

/** Seconds the lock lives if its holder dies without releasing it. */
const LOCK_TTL_SECONDS = 120
/** How often the head of this process's queue asks for a lock held by another server. */
const POLL_MS = 50

/**
 * Takes the cart's lock, waiting in arrival order (utils/cart-lock-queue.ts)
 * for at most the plugin option `cart_lock_timeout_seconds`. The key is the
 * cart id, as core's cart workflows use, so both queue behind each other;
 * the owner is this request, so a late release can never free a lock
 * another request took since.
 * A request that cannot have it in time changes nothing and is a 409
 * `cart_busy` with the seconds after which to retry.
 *
 * Like core's `acquireLockStep`, it does nothing inside a workflow run as a
 * step of another: the outer workflow holds the lock.
 */
export const acquireCartLockStep = createStep(
  acquireCartLockStepId,
  async (input: { cart_id: string }, { container, parentStepIdempotencyKey }) => {
    if (parentStepIdempotencyKey) {
      return new StepResponse<CartLockHold | undefined, CartLockHold | undefined>(undefined, undefined)
    }
    const key = input.cart_id
    const locking = container.resolve(Modules.LOCKING)
    const deadline = Date.now() + pluginOptions().cart_lock_timeout_seconds * 1000
    const place = joinCartQueue(key)
    const giveUp = () => {
      const ahead = placesAhead(key, place.token)
      leaveCartQueue(key, place.token)
      return cartBusyError(retryAfterSeconds(ahead))
    }

    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), Math.max(0, deadline - Date.now()))
    })
    const first = await Promise.race([place.turn.then(() => "turn" as const), timedOut])
    clearTimeout(timer)
    if (first === "timeout") throw giveUp()

    // At the head of this process's queue: only another server (or a core
    // cart workflow) can hold the lock now.
    for (;;) {
      try {
        await locking.acquire(key, { expire: LOCK_TTL_SECONDS, ownerId: place.token })
        break
      } catch {
        if (Date.now() >= deadline) throw giveUp()
        await sleep(POLL_MS)
      }
    }
    markLockAcquired(key, place.token)
    const hold: CartLockHold = { key, token: place.token }
    return new StepResponse<CartLockHold | undefined, CartLockHold | undefined>(hold, hold)
  },
  async (hold, { container }) => {
    if (!hold) return
    await container.resolve(Modules.LOCKING).release(hold.key, { ownerId: hold.token })
    leaveCartQueue(hold.key, hold.token)
  }
)
