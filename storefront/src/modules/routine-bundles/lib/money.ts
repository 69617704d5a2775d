// The locale comes from the shopper's language, on the server's render and in
// the browser alike, so hydration matches; the currency comes from the cart,
// the quote or the order.
const formats = new Map<string, Intl.NumberFormat>()

/** Medusa amounts are in major units (14.9 is €14.90; in Estonian 14,90 €). */
export const formatAmount = (amount: number, currencyCode: string, locale = "en") => {
  const currency = currencyCode.toUpperCase()
  const key = `${locale}:${currency}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency })
    formats.set(key, format)
  }
  return format.format(amount)
}
