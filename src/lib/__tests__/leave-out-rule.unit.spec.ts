import { leavableSteps, leaveOutRefusal } from "../leave-out-rule"

const step = (handle: string, optional = false) => ({ handle, optional })
const cleanse = step("cleanse")
const treat = step("treat")
const protect = step("protect")
const supplement = step("supplement", true)
const steps = [cleanse, treat, protect, supplement]

describe("leaving steps out", () => {
  it("without fewest steps, only optional steps may be left out", () => {
    expect(leaveOutRefusal(steps, [supplement], null)).toBeNull()
    expect(leaveOutRefusal(steps, [treat], null)).toBe('step "treat" is required and cannot be skipped')
    expect(leavableSteps(steps, [], null)).toEqual([supplement])
    expect(leavableSteps(steps, [supplement], null)).toEqual([])
  })

  it("with fewest steps, any step may be left out while the bundle keeps that many", () => {
    expect(leaveOutRefusal(steps, [cleanse], 3)).toBeNull()
    expect(leaveOutRefusal(steps, [cleanse, treat], 3)).toBe("a bundle of this routine keeps at least 3 of its 4 steps")
    expect(leavableSteps(steps, [], 3)).toEqual(steps)
    expect(leavableSteps(steps, [cleanse], 3)).toEqual([])
    expect(leavableSteps(steps, [cleanse], 2)).toEqual([treat, protect, supplement])
  })

  it("a step already left out is never offered again", () => {
    for (const minSteps of [null, 1, 2]) {
      for (const skipped of [[], [supplement], [cleanse]]) {
        const leavable = leavableSteps(steps, skipped, minSteps)
        expect(leavable.filter((s) => skipped.includes(s))).toEqual([])
        // What it offers, the rule accepts.
        for (const s of leavable) expect(leaveOutRefusal(steps, [...skipped, s], minSteps)).toBeNull()
      }
    }
  })
})
