import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { RoutineQuote } from "../utils/routine-quote"

/**
 * A bundle is priced before the cart lock is taken, so that adds queue only
 * for the writes. Once the lock is held, the cart must still be in the region
 * and currency the bundle was priced for.
 */
export const assertCartPricingUnchangedStep = createStep(
  "assert-cart-pricing-unchanged",
  async (input: { cart_id: string; quote: RoutineQuote }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [cart] } = await query.graph({
      entity: "cart",
      fields: ["id", "region_id", "currency_code"],
      filters: { id: input.cart_id },
    })
    if (
      cart?.region_id !== input.quote.region_id ||
      cart?.currency_code !== input.quote.currency_code
    ) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Cart ${input.cart_id} changed region while the routine was being priced; add it again`
      )
    }
  }
)
