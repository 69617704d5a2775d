/**
 * Medusa stores amounts in major units (14.9 is €14.90); big numbers may
 * arrive as strings, so they are converted before formatting.
 */
export const formatAmount = (amount: number | string, currencyCode: string) =>
  new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
  }).format(Number(amount))
