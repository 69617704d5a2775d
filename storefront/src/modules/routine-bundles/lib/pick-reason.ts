import type { BundleItemReason, SymptomSummary } from "medusa-plugin-routine-bundles-client/types"

const list = (symptoms: SymptomSummary[]) => {
  const names = symptoms.map((s) => s.name.toLowerCase())
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]
}

/** Why the store chose a product for a step, in the shopper's words. */
export const pickReason = (reason: BundleItemReason, symptoms: SymptomSummary[]) => {
  switch (reason) {
    case "symptoms":
      return `For your ${list(symptoms)}`
    case "selection":
      return "Your choice"
    case "default":
    case "rank":
      return "Our pick for this step"
    case "fallback":
      return symptoms.length
        ? `Our first choice is out of stock; this one also helps with ${list(symptoms)}`
        : "Our first choice is out of stock; this is the next best"
  }
}
