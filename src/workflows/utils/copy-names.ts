import { MAX_LINE } from "../../lib/field-rules"

/*
 * The names of a routine's copy: the admin's fields hold at most MAX_LINE
 * characters, so the original's are cut to make room for the suffix.
 */

const COPY = " (copy)"

/** `<title> (copy)`. */
export const copyTitle = (title: string) => `${title.slice(0, MAX_LINE - COPY.length)}${COPY}`

/** `<handle>-copy`, or `-copy-2`, `-copy-3`…: the first no routine has (`taken`), still kebab-case. */
export const freeHandle = (handle: string, taken: string[]) => {
  const used = new Set(taken)
  const named = (suffix: string) => `${handle.slice(0, MAX_LINE - suffix.length).replace(/-+$/, "")}${suffix}`
  let candidate = named("-copy")
  for (let n = 2; used.has(candidate); n++) candidate = named(`-copy-${n}`)
  return candidate
}

/** Every copy's handle starts with this much of the original's: the suffixes are far shorter than the rest. */
export const HANDLE_PREFIX = MAX_LINE - 55
