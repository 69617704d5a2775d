import { formatDate, LANGUAGES, messagesFor, type Language } from "../../storefront/src/lib/i18n"
import { formatAmount } from "../../storefront/src/modules/routine-bundles/lib/money"
import { en } from "../../storefront/src/lib/i18n/messages/en"

// Words that read the same in a language: not untranslated.
const SAME_IN: Partial<Record<Language, string[]>> = { et: ["product.variant"] }

type Tree = { [key: string]: unknown }

/**
 * The keys of a language that are missing or still English: a string equal
 * to the English one, or a function with the English one's very source (a
 * copied wording). Both key sets are walked, so an extra key shows too.
 */
const untranslated = (english: Tree, other: Tree, path = ""): string[] =>
  [...new Set([...Object.keys(english), ...Object.keys(other)])].flatMap((key) => {
    const at = `${path}${key}`
    const [a, b] = [english[key], other[key]]
    if (a === undefined || b === undefined) return [`${at} (${a === undefined ? "not in English" : "missing"})`]
    if (typeof a === "object" && typeof b === "object") return untranslated(a as Tree, b as Tree, `${at}.`)
    if (typeof a === "function") return String(a) === String(b) ? [at] : []
    return a === b ? [at] : []
  })

describe("the storefront's message files", () => {
  const others = (Object.keys(LANGUAGES) as Language[]).filter((language) => language !== "en")

  it.each(others)("%s has every English key, each translated", (language) => {
    const missing = untranslated(en, messagesFor(language)).filter((key) => !SAME_IN[language]?.includes(key))
    expect(missing).toEqual([])
  })

  it("words each discount type, with the amount formatted as given", () => {
    const money = (amount: number) => `<${amount}>`
    expect(messagesFor("et").routines.offer.fixed({ percentage: null, amount: 12.5 }, money)).toBe("<12.5> soodsamalt")
    expect(messagesFor("en").routines.offer.set_price({ percentage: null, amount: 89 }, money)).toBe("the routine for <89>")
    expect(messagesFor("et").routines.offer.percentage({ percentage: 10, amount: null }, money)).toBe("10 % soodsamalt")
  })

  it("writes money and dates as each language does", () => {
    expect(formatAmount(95.62, "eur", LANGUAGES.et.intl)).toBe("95,62\u00a0€")
    expect(formatAmount(95.62, "eur", LANGUAGES.en.intl)).toBe("€95.62")
    expect(formatDate("2026-12-07T10:00:00Z", "et")).toBe("7. detsember 2026")
    expect(formatDate("2026-12-07T10:00:00Z", "en")).toBe("December 7, 2026")
  })
})
