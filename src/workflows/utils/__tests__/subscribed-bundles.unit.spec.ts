import { MedusaError } from "@medusajs/framework/utils"
import { assertOneSubscribedBundlePerRoutine } from "../subscribed-bundles"

const bundle = (id: string, routine_id: string, subscription_interval_weeks: number | null) => ({ id, routine_id, subscription_interval_weeks })

describe("assertOneSubscribedBundlePerRoutine", () => {
  it("lets a cart hold one subscribed bundle per routine beside any bundles bought once", () => {
    expect(() =>
      assertOneSubscribedBundlePerRoutine([
        bundle("a", "rtn_1", 4), bundle("b", "rtn_1", null), bundle("c", "rtn_1", null), bundle("d", "rtn_2", 8),
      ])
    ).not.toThrow()
  })

  it("refuses a second subscribed bundle of a routine, whatever its interval, with a 409 naming the first", () => {
    for (const weeks of [4, 8]) {
      expect(() => assertOneSubscribedBundlePerRoutine([bundle("a", "rtn_1", 4), bundle("b", "rtn_2", 4), bundle("new", "rtn_1", weeks)])).toThrow(
        expect.objectContaining({ type: MedusaError.Types.CONFLICT, message: expect.stringContaining("(bundle a)") })
      )
    }
  })
})
