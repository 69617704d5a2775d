import type { BundleItemReason, SymptomSummary } from "medusa-plugin-routine-bundles-client/types"
import type { Messages } from "../i18n"

/** Why the store chose a product for a step, in the shopper's words and language. */
export const pickReason = (reason: BundleItemReason, symptoms: SymptomSummary[], t: Messages["routines"]) => {
  const names = symptoms.map((s) => s.name)
  switch (reason) {
    case "symptoms":
      return t.reason.symptoms(names)
    case "selection":
      return t.reason.selection
    case "default":
    case "rank":
      return t.reason.pick
    case "fallback":
      return names.length ? t.reason.fallbackFor(names) : t.reason.fallback
  }
}
