// The storefront's URLs the module links to, under the shopper's country
// code as dtc-starter's routes are (/[countryCode]/...); change them here
// when your routes differ.
export const homePath = (countryCode: string) => `/${countryCode}`
export const cartPath = (countryCode: string) => `/${countryCode}/cart`
export const productPath = (countryCode: string, handle: string) => `/${countryCode}/products/${handle}`
export const routinePath = (countryCode: string, handle: string, stepHandle?: string) =>
  `/${countryCode}/routines/${handle}${stepHandle ? `#${stepHandle}` : ""}`
