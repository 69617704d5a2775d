/**
 * Medusa stores amounts in major units (14.9 is €14.90); big numbers may
 * arrive as strings, so they are converted before formatting.
 */
export const formatAmount = (amount: number | string, currencyCode: string) =>
  new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
  }).format(Number(amount))

/** An instant (ISO string) in the user's time zone: "1 Jun 2027, 09:00". */
export const formatInstant = (instant: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(instant))
