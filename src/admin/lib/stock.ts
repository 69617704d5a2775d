/**
 * Units a shopper can still buy of a variant: Medusa's `inventory_quantity`
 * is stocked less reserved, which goes below 0 when orders reserve more
 * than is on hand (0 stocked, 8 reserved: −8). Nothing is available then.
 */
export const availableUnits = (inventoryQuantity: number | null | undefined) => Math.max(0, inventoryQuantity ?? 0)

/** A product's units available, as every admin list shows them; null when no variant tracks inventory. */
export const stockText = (units: number | null) => (units === null ? "stock not tracked" : `${units} available`)
