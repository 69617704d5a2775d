import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form"

/** A field of the request body as the form shows it. */
export type ServerField<T extends FieldValues> = { path: FieldPath<T>; label: string }

/** The request body's field names the form owns, with where each shows. */
export type ServerFields<T extends FieldValues> = Record<string, ServerField<T>>

type ServerError = { status?: number; message: string }

// Medusa's ids (rtn_01J…, prod_01J…): never shown to a merchandiser.
const ID = /\b[a-z]{2,12}_[0-9A-Z]{20,}\b/g
// Core's message for a unique index: "Care step with routine_id: rtn_…, handle: cleanse, already exists."
const DUPLICATE = /^(.*?) with (.+), already exists\.?$/
// Medusa's request validation: "Field 'title' is required", "Value for field 'x' too big…".
const QUOTED_FIELD = /field '([\w.]+)'/i

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const toServerError = (error: unknown): ServerError => {
  if (error && typeof error === "object" && "message" in error) {
    const { status, message } = error as { status?: unknown; message: unknown }
    return { status: typeof status === "number" ? status : undefined, message: String(message) }
  }
  return { message: String(error) }
}

/**
 * A server message in the merchandiser's words: the field's label for its
 * API name, no ids, no "Invalid request:" prefix; `names` turns known ids
 * into names (a product's title).
 */
export const plainWords = <T extends FieldValues>(
  message: string,
  fields: ServerFields<T>,
  names: Record<string, string> = {}
) => {
  let text = message.replace(/^Invalid request:\s*/i, "")
  for (const [id, name] of Object.entries(names)) {
    text = text.split(id).join(`"${name}"`)
  }
  text = text
    .replace(/Value for field '([\w.]+)' too small, expected at least: '([^']+)'/gi, "$1 must be at least $2")
    .replace(/Value for field '([\w.]+)' too big, expected at most: '([^']+)'/gi, "$1 must be at most $2")
    .replace(/Field '([\w.]+)' is required/gi, "$1 is required")
    .replace(/Expected type: '(\w+)' for field '([\w.]+)'.*?(?=;|$)/gi, "$2 must be a $1")
  // "min_steps: a bundle cannot…" reads "A bundle cannot…"; elsewhere the label stands for the name.
  const leading = /^([a-z_]+(?:\.\d+\.[a-z_]+)?):\s+/.exec(text)
  if (leading && fields[leading[1].split(".")[0]]) {
    text = text.slice(leading[0].length)
  }
  for (const [name, field] of Object.entries(fields)) {
    text = text.replace(new RegExp(`\\b${name}(\\.\\d+\\.\\w+)?\\b`, "g"), field.label.toLowerCase())
  }
  text = text
    .replace(ID, "")
    .replace(/\s*,\s*(,|$)/g, "$1")
    .replace(/:\s*$/, "")
    .replace(/\s{2,}/g, " ")
    .trim()
  return capitalise(text.endsWith(".") ? text : `${text}.`)
}

/** The body field a server message is about, if the form shows it. */
export const fieldOfMessage = <T extends FieldValues>(message: string, fields: ServerFields<T>) => {
  const text = message.replace(/^Invalid request:\s*/i, "")
  const duplicate = DUPLICATE.exec(text)
  if (duplicate) {
    const keys = duplicate[2].split(/,\s*/).map((pair) => pair.split(":")[0].trim())
    return [...keys].reverse().map((key) => fields[key]).find(Boolean)
  }
  const quoted = QUOTED_FIELD.exec(text)?.[1].split(".")[0]
  if (quoted && fields[quoted]) return fields[quoted]
  const leading = /^([a-z_]+)\b/.exec(text)?.[1]
  if (leading && fields[leading]) return fields[leading]
  const named = Object.keys(fields).find((name) => new RegExp(`\\b${name}\\b`).test(text))
  return named ? fields[named] : undefined
}

/**
 * Shows a refused save where it belongs: a 400 naming a field of the form
 * under that field, anything else (a 409: published, changed meanwhile)
 * above the fields, each in plain words. `thing` names what is saved ("step")
 * for a duplicate handle.
 */
export const showServerError = <T extends FieldValues>(
  form: UseFormReturn<T>,
  error: unknown,
  { fields, thing, names }: { fields: ServerFields<T>; thing: string; names?: Record<string, string> }
) => {
  const { status, message } = toServerError(error)
  const field = status !== undefined && status < 500 && status !== 409 ? fieldOfMessage(message, fields) : undefined
  const duplicate = DUPLICATE.exec(message.replace(/^Invalid request:\s*/i, ""))
  if (field) {
    const value = duplicate?.[2].match(new RegExp(`(?:^|,\\s*)\\w+:\\s*([^,]+)$`))?.[1]
    const text = duplicate
      ? `Another ${thing} already has this ${field.label.toLowerCase()}${value ? ` ("${value}")` : ""}. Choose another.`
      : plainWords(message, fields, names)
    form.setError(field.path, { type: "server", message: text }, { shouldFocus: true })
    return
  }
  form.setError("root.server" as FieldPath<T>, { type: "server", message: plainWords(message, fields, names) })
}
