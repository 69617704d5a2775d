import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { applyTranslations, isObject } from "@medusajs/framework/utils"

/** Every record (an object with an `id`) anywhere in a value, parents before children. */
const recordsIn = (value: unknown, found: Record<string, unknown>[] = []) => {
  if (Array.isArray(value)) {
    value.forEach((item) => recordsIn(item, found))
  } else if (isObject(value)) {
    const object = value as Record<string, unknown>
    if (typeof object.id === "string" && object.id) {
      found.push(object)
    }
    Object.values(object).forEach((child) => recordsIn(child, found))
  }
  return found
}

/**
 * Puts a store answer in the request's language (`x-medusa-locale` or
 * `?locale=`, which Medusa's locale middleware reads into `req.locale`) with
 * the function core's store routes run through `query.graph(…, { locale })`.
 * Ours compose their answers from several reads, and core's function only
 * walks down through records, so every record in the answer (routine, step,
 * product, variant, symptom), however deep, is handed to it: each takes its
 * translated fields, field by field; a field without a translation (or
 * without the `translation` feature flag, or a request without a locale)
 * keeps the default text. The answer is changed in place, and returned.
 */
export const inShopperLanguage = async <T>(req: Pick<MedusaStoreRequest, "locale" | "scope">, answer: T): Promise<T> => {
  if (req.locale) {
    await applyTranslations({ localeCode: req.locale, objects: recordsIn(answer), container: req.scope })
  }
  return answer
}
