// The storefront's URLs the module links to; change them here when your
// routes differ (a dtc-starter storefront prefixes them with /[countryCode]).
export const productPath = (handle: string) => `/products/${handle}`
export const routinePath = (handle: string, stepHandle?: string) =>
  `/routines/${handle}${stepHandle ? `#${stepHandle}` : ""}`
