/**
 * The storefront's address of a routine page, from the plugin option
 * `storefront_routine_url`: a URL with `{handle}` and, for a storefront whose
 * routes carry the country (dtc-starter's), `{country_code}`.
 */

const PLACEHOLDER = /\{([^{}]*)\}/g
const KNOWN = ["handle", "country_code"]

export type RoutineUrlPlace = { handle: string; country_code: string | null }

/** What is wrong with a template, in words; null when it can be used. */
export const routineUrlTemplateProblem = (template: string): string | null => {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1])
  const unknown = names.filter((name) => !KNOWN.includes(name))
  if (unknown.length) return `unknown placeholder ${unknown.map((n) => `{${n}}`).join(", ")} (use {handle} and {country_code})`
  if (!names.includes("handle")) return "must contain {handle}"
  try {
    const { protocol } = new URL(fillRoutineUrl(template, { handle: "h", country_code: "us" })!)
    return protocol === "http:" || protocol === "https:" ? null : "must be an http(s) URL"
  } catch {
    return "must be an http(s) URL"
  }
}

/**
 * The routine's page address, each value URL-encoded; null when the template
 * needs a country and there is none (a store without regions).
 */
export const fillRoutineUrl = (template: string, place: RoutineUrlPlace): string | null => {
  if (template.includes("{country_code}") && !place.country_code) return null
  return template.replace(PLACEHOLDER, (_, name: string) =>
    encodeURIComponent(name === "handle" ? place.handle : (place.country_code ?? "").toLowerCase())
  )
}
