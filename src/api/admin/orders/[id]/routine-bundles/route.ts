import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The bundles an order was bought with, found through its cart. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "cart.id"],
    filters: { id: req.params.id },
  })
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${req.params.id} was not found`
    )
  }
  if (!order.cart?.id) {
    return res.json({ routine_bundles: [] })
  }
  const { data: bundles } = await query.graph({
    entity: "routine_bundle",
    fields: [
      "id",
      "currency_code",
      "quantity",
      "subtotal",
      "discount_total",
      "total",
      "routine.id",
      "routine.title",
      "routine.handle",
      "items.step_position",
      "items.step_title",
      "items.step_handle",
      "items.product_id",
      "items.product_title",
      "items.variant_id",
      "items.reason",
      "items.quantity",
      "items.unit_price",
      "items.discounted_unit_price",
    ],
    filters: { cart_id: order.cart.id },
    pagination: { order: { created_at: "ASC" } },
  })
  // Items in the order of the routine's steps when the bundle was bought.
  res.json({
    routine_bundles: bundles.map((bundle) => ({
      ...bundle,
      items: bundle.items.flatMap((item) => (item ? [item] : []))
        .sort((a, b) => a.step_position - b.step_position),
    })),
  })
}
