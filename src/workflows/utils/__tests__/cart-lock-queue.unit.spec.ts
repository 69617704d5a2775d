import {
  joinCartQueue,
  leaveCartQueue,
  markLockAcquired,
  placesAhead,
  retryAfterSeconds,
} from "../cart-lock-queue"

/** The order in which waiters' turns came, after the microtasks settle. */
const turnsOf = (key: string, count: number) => {
  const served: number[] = []
  const places = Array.from({ length: count }, (_, i) => {
    const place = joinCartQueue(key)
    void place.turn.then(() => served.push(i))
    return place
  })
  return { served, places }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe("the cart lock queue", () => {
  it("serves waiters of one cart in arrival order, one at a time", async () => {
    const { served, places } = turnsOf("cart_a", 5)
    await settle()
    expect(served).toEqual([0])
    for (let i = 0; i < places.length; i++) {
      expect(placesAhead("cart_a", places[i].token)).toEqual(i)
    }
    for (let i = 0; i < places.length - 1; i++) {
      leaveCartQueue("cart_a", places[i].token)
      await settle()
      expect(served).toEqual(Array.from({ length: i + 2 }, (_, n) => n))
    }
    leaveCartQueue("cart_a", places[4].token)
  })

  it("a waiter that gives up keeps the others' order and wakes nobody early", async () => {
    const { served, places } = turnsOf("cart_b", 4)
    leaveCartQueue("cart_b", places[2].token)
    await settle()
    expect(served).toEqual([0])
    expect(placesAhead("cart_b", places[3].token)).toEqual(2)
    leaveCartQueue("cart_b", places[0].token)
    leaveCartQueue("cart_b", places[1].token)
    await settle()
    expect(served).toEqual([0, 1, 3])
    leaveCartQueue("cart_b", places[3].token)
  })

  it("keeps carts apart, and leaving twice changes nothing", async () => {
    const a = joinCartQueue("cart_c")
    const b = joinCartQueue("cart_d")
    let bServed = false
    void b.turn.then(() => (bServed = true))
    await settle()
    expect(bServed).toBe(true)
    leaveCartQueue("cart_c", a.token)
    leaveCartQueue("cart_c", a.token)
    const c = joinCartQueue("cart_c")
    expect(placesAhead("cart_c", c.token)).toEqual(0)
    leaveCartQueue("cart_c", c.token)
    leaveCartQueue("cart_d", b.token)
  })

  it("tells a refused request to come back when the queue ahead of it should have drained", async () => {
    expect(retryAfterSeconds(0)).toBeGreaterThanOrEqual(1)
    // Holds of about 1.5 s measured: five ahead is about 7.5 s.
    const dateNow = Date.now
    let now = 1_000_000
    Date.now = () => now
    try {
      for (let i = 0; i < 30; i++) {
        const place = joinCartQueue("cart_e")
        markLockAcquired("cart_e", place.token)
        now += 1500
        leaveCartQueue("cart_e", place.token)
      }
    } finally {
      Date.now = dateNow
    }
    expect(retryAfterSeconds(5)).toEqual(8)
    expect(retryAfterSeconds(1)).toEqual(2)
    expect(retryAfterSeconds(0)).toEqual(2)
  })
})
