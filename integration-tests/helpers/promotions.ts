/**
 * The application method of "buy one `buy`, get one `free` free": Medusa's
 * buy-get promotions take the free item off whatever its line's
 * `is_discountable`, so a bundle line can get it (see promotion-policy.spec.ts).
 */
export const buyOneGetOneFree = (buy: string, free: string) => ({
  type: "percentage",
  target_type: "items",
  allocation: "each",
  value: 100,
  max_quantity: 1,
  apply_to_quantity: 1,
  buy_rules_min_quantity: 1,
  buy_rules: [{ attribute: "items.product.id", operator: "in", values: [buy] }],
  target_rules: [{ attribute: "items.product.id", operator: "in", values: [free] }],
})
