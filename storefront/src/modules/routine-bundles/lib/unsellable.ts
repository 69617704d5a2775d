import type { RoutineUnsellableReason, StoreUnavailableStep } from "medusa-plugin-routine-bundles-client"

/** "US dollars", "euros": a currency as a shopper names it. */
export const currencyName = (currencyCode: string) => {
  try {
    const parts = new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase(), currencyDisplay: "name" })
      .formatToParts(2)
    return parts.find((p) => p.type === "currency")?.value ?? currencyCode.toUpperCase()
  } catch {
    return currencyCode.toUpperCase()
  }
}

const list = (titles: string[]) =>
  titles.length < 2 ? titles.join("") : `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`

const stepsSentence = (steps: StoreUnavailableStep[], what: string) =>
  steps.length === 1 ? `One of its steps ${what}: ${steps[0].title}.` : `Some of its steps ${what.replace(/^is /, "are ").replace(/^has /, "have ")}: ${list(steps.map((s) => s.title))}.`

/**
 * Why the shopper cannot buy the routine, in their words: never a field
 * name or an id. Every reason the server gives has its sentence here (a new
 * one does not compile until it has).
 */
export const unsellableMessage = (reason: RoutineUnsellableReason): string => {
  switch (reason.code) {
    case "no_price_in_currency":
      return `This routine isn't available in ${currencyName(reason.currency_code)} yet.`
    case "step_unavailable": {
      const outOfStock = reason.steps.filter((s) => s.availability === "out_of_stock")
      const notSold = reason.steps.filter((s) => s.availability === "not_sold")
      return [
        "This routine can't be bought right now.",
        outOfStock.length ? stepsSentence(outOfStock, "is out of stock right now") : "",
        notSold.length ? stepsSentence(notSold, "has no product we sell here yet") : "",
      ]
        .filter(Boolean)
        .join(" ")
    }
    default: {
      const unknown: never = reason
      void unknown
      return "This routine can't be bought right now."
    }
  }
}
