import type { UnsellableCause } from "../../types"

/** Why the store passed a product over, in a merchandiser's words; every cause has its words (a new one does not compile until it has). */
export const unsellableCauseText = (cause: UnsellableCause, currencyCode: string): string => {
  switch (cause) {
    case "out_of_stock":
      return "out of stock"
    case "not_priced":
      return `no price in ${currencyCode.toUpperCase()}`
    case "not_in_channel":
      return "not in this sales channel"
    case "draft":
      return "still a draft"
    default: {
      const unknown: never = cause
      return unknown
    }
  }
}
