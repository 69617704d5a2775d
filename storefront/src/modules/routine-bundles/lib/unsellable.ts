import type { RoutineUnsellableReason, StoreUnavailableStep } from "medusa-plugin-routine-bundles-client"
import type { Messages } from "../i18n"

const titles = (steps: StoreUnavailableStep[]) => steps.map((s) => s.title)

/**
 * Why the shopper cannot buy the routine, in their words and language: never
 * a field name or an id. Every reason the server gives has its sentence here
 * (a new one does not compile until it has).
 */
export const unsellableMessage = (reason: RoutineUnsellableReason, t: Messages["routines"]): string => {
  switch (reason.code) {
    case "no_price_in_currency":
      return t.notInCurrency(reason.currency_code)
    case "step_unavailable": {
      const outOfStock = reason.steps.filter((s) => s.availability === "out_of_stock")
      const notSold = reason.steps.filter((s) => s.availability === "not_sold")
      return [
        t.cannotBuy,
        outOfStock.length ? t.stepsOutOfStock(titles(outOfStock)) : "",
        notSold.length ? t.stepsNotSold(titles(notSold)) : "",
      ]
        .filter(Boolean)
        .join(" ")
    }
    default: {
      const unknown: never = reason
      void unknown
      return t.cannotBuy
    }
  }
}
