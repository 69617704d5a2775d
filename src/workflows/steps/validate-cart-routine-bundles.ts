import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { cartBundleMismatches } from "../utils/bundle-cart-check"

/**
 * Refuses a cart whose bundle lines differ from our records (400
 * invalid_data), so a tampered or half-dissolved bundle is never ordered.
 */
export const validateCartRoutineBundlesStep = createStep(
  "validate-cart-routine-bundles",
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: [cart] }, bundles] = await Promise.all([
      query.graph({
        entity: "cart",
        fields: [
          "id",
          "currency_code",
          "items.id",
          "items.variant_id",
          "items.quantity",
          "items.unit_price",
          "items.is_custom_price",
          "items.metadata",
        ],
        filters: { id: input.cart_id },
      }),
      container
        .resolve<RoutineModuleService>(ROUTINE_MODULE)
        .listRoutineBundles({ cart_id: input.cart_id }, { relations: ["items"] }),
    ])
    if (!cart) {
      return new StepResponse(void 0)
    }
    const problems = cartBundleMismatches(
      {
        currency_code: cart.currency_code,
        items: (cart.items ?? []).filter((l) => !!l).map((l) => ({
          id: l.id,
          variant_id: l.variant_id ?? null,
          quantity: l.quantity,
          unit_price: l.unit_price,
          is_custom_price: l.is_custom_price,
          metadata: l.metadata ?? null,
        })),
      },
      bundles
    )
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The cart's routine bundles do not match their records: ${problems.join("; ")}`
      )
    }
    return new StepResponse(void 0)
  }
)
