// One locale for the server's render and the browser's, so hydration matches;
// the currency comes from the cart, the quote or the order.
const formats = new Map<string, Intl.NumberFormat>()

/** Medusa amounts are in major units (14.9 is €14.90). */
export const formatAmount = (amount: number, currencyCode: string) => {
  const currency = currencyCode.toUpperCase()
  let format = formats.get(currency)
  if (!format) {
    format = new Intl.NumberFormat("en", { style: "currency", currency })
    formats.set(currency, format)
  }
  return format.format(amount)
}
