import { CART_BUSY_MESSAGE } from "../../types"
import { cartBusyRetryAfter, retryWhenCartBusy } from "../busy-cart"
import { RoutineBundlesError } from "../error"

const busyBody = (seconds: number) => ({
  type: "conflict",
  code: "invalid_state_error",
  message: `${CART_BUSY_MESSAGE}; nothing was changed. Try again in ${seconds} s.`,
  reason: "cart_busy" as const,
  retry_after_seconds: seconds,
})
/** What Medusa's JS SDK throws: the status and the message, nothing else. */
const sdkError = (status: number, message: string) => Object.assign(new Error(message), { status })

describe("a busy cart's answer", () => {
  it("is recognised from this client's error and from the JS SDK's, with the seconds the server gave", () => {
    expect(cartBusyRetryAfter(new RoutineBundlesError(409, busyBody(3)))).toEqual(3)
    expect(cartBusyRetryAfter(sdkError(409, busyBody(4).message))).toEqual(4)
  })

  it("is not confused with other errors", () => {
    const incomplete = { type: "conflict", message: "Step cleanse has no product to sell", unavailable_steps: [] }
    expect(cartBusyRetryAfter(new RoutineBundlesError(409, incomplete))).toBeUndefined()
    expect(cartBusyRetryAfter(sdkError(409, "Cart cart_1 is already completed"))).toBeUndefined()
    expect(cartBusyRetryAfter(sdkError(400, busyBody(1).message))).toBeUndefined()
    expect(cartBusyRetryAfter(new Error("network"))).toBeUndefined()
    expect(cartBusyRetryAfter(undefined)).toBeUndefined()
  })
})

describe("retryWhenCartBusy", () => {
  const answering = (...outcomes: (Error | string)[]) => {
    const calls: number[] = []
    const request = async () => {
      calls.push(Date.now())
      const next = outcomes.shift()
      if (next instanceof Error) throw next
      return next
    }
    return { request, calls }
  }

  it("sends a busy request once more after the seconds given", async () => {
    const { request, calls } = answering(sdkError(409, busyBody(1).message), "added")
    await expect(retryWhenCartBusy(request)).resolves.toEqual("added")
    expect(calls).toHaveLength(2)
    expect(calls[1] - calls[0]).toBeGreaterThanOrEqual(990)
  })

  it("gives a second busy answer to the caller", async () => {
    const second = new RoutineBundlesError(409, busyBody(1))
    const { request, calls } = answering(new RoutineBundlesError(409, busyBody(1)), second)
    await expect(retryWhenCartBusy(request)).rejects.toBe(second)
    expect(calls).toHaveLength(2)
  })

  it("does not retry other errors, nor wait longer than allowed", async () => {
    const invalid = sdkError(400, "quantity must be at least 1")
    const first = answering(invalid, "never")
    await expect(retryWhenCartBusy(first.request)).rejects.toBe(invalid)
    expect(first.calls).toHaveLength(1)

    const long = new RoutineBundlesError(409, busyBody(30))
    const second = answering(long, "never")
    await expect(retryWhenCartBusy(second.request, 10)).rejects.toBe(long)
    expect(second.calls).toHaveLength(1)
  })
})
