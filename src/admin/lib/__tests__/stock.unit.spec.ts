import { describe, expect, it } from "@jest/globals"
import { availableUnits, stockText } from "../stock"

describe("availableUnits", () => {
  it("is stocked less reserved, never below 0", () => {
    // Core's inventory_quantity for 0 on hand and 8 reserved.
    expect(availableUnits(-8)).toBe(0)
    expect(availableUnits(0)).toBe(0)
    expect(availableUnits(12)).toBe(12)
    expect(availableUnits(null)).toBe(0)
    expect(availableUnits(undefined)).toBe(0)
  })

  it("reads as units available, or as not tracked", () => {
    expect(stockText(availableUnits(-8))).toBe("0 available")
    expect(stockText(3)).toBe("3 available")
    expect(stockText(null)).toBe("stock not tracked")
  })
})
