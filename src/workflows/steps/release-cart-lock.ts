import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leaveCartQueue } from "../utils/cart-lock-queue"
import type { CartLockHold } from "./acquire-cart-lock"

export const releaseCartLockStepId = "release-cart-lock"

/**
 * Gives the cart's lock back and wakes the next request of this process
 * waiting for it. Does nothing where the acquire step did nothing (a
 * workflow run as a step of another).
 */
export const releaseCartLockStep = createStep(
  releaseCartLockStepId,
  async (hold: CartLockHold | undefined, { container }) => {
    if (!hold) return new StepResponse(undefined)
    await container.resolve(Modules.LOCKING).release(hold.key, { ownerId: hold.token })
    leaveCartQueue(hold.key, hold.token)
    return new StepResponse(undefined)
  }
)
