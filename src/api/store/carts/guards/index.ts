import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { cartHasRoutineBundles } from "../../../../workflows/utils/cart-has-routine-bundles"
import { guardLineItemAdd } from "./add-line-item"
import { guardShippingMethodAdd } from "./add-shipping-method"
import { guardCartCompletion } from "./complete-cart"
import { guardLineItemDelete } from "./delete-line-item"
import { guardCartTransfer } from "./transfer-cart"
import { guardPromotions } from "./update-promotions"
import { guardCartUpdate } from "./update-cart"
import { guardLineItemUpdate } from "./update-line-item"

/*
 * Cart honesty: where the plugin stands between a shopper and core's cart.
 *
 * The invariant (README, "The cart stays honest"): every custom-priced line
 * belongs to exactly one bundle record, with its variant, quantity and price;
 * every record's lines are in the cart; nothing is read from line metadata.
 *
 * The decisions live in workflows (src/workflows/*-with-routine-bundles.ts,
 * refresh-cart-routine-bundles.ts, the pure rules in
 * src/workflows/utils/cart-bundle-plan.ts); these guards only run them, under
 * the cart's lock, in place of core's handler, answering in core's shape.
 * They run after core's own validation of the request, and only for a cart
 * that holds a bundle: any other cart is core's cart, answered by core alone
 * (its errors, its messages, its order of checks).
 *
 * Guarded core routes:
 * - POST   /store/carts/:id                        region, address, email, channel: bundles re-priced, re-created on a region change
 * - POST   /store/carts/:id/line-items              core computes promotions again: each bundle's policy enforced (carts with bundles only)
 * - POST   /store/carts/:id/shipping-methods       the same
 * - POST   /store/carts/:id/line-items/:line_id    a bundle line's quantity changed: its bundle dissolved
 * - DELETE /store/carts/:id/line-items/:line_id    a bundle line deleted: its bundle dissolved
 * - POST   /store/carts/:id/customer               logging in: bundles re-priced for the customer's groups
 * - POST, DELETE /store/carts/:id/promotions       promotion codes: each bundle's promotion policy applied again
 * - POST   /store/carts/:id/complete               bundles refreshed before core completes the cart
 * Core never merges an added item into a custom-priced line (it becomes its
 * own line at its own price); taxes do not touch lines and are not guarded.
 *
 * Outside HTTP:
 * - completeCartWorkflow's `validate` hook (src/workflows/hooks/) checks the
 *   invariant on every completion, payment webhooks included;
 * - `order.placed` (src/subscribers/routine-bundle-order-placed.ts) ties the
 *   bundles to the order and flags an order placed in breach of the rules;
 * - customer group changes re-price the open carts of the customers
 *   concerned (src/subscribers/routine-bundle-customer-groups.ts, and
 *   src/api/admin/customer-groups/guards.ts for memberships ended through
 *   the admin API).
 */
type Guard<Req extends MedusaRequest> = (req: Req, res: MedusaResponse, next: MedusaNextFunction) => unknown

/** The guard for a cart with bundles; core's own handler for any other cart. */
const forBundleCarts =
  <Req extends MedusaRequest>(guard: Guard<Req>) =>
  async (req: Req, res: MedusaResponse, next: MedusaNextFunction) => {
    let guarded: boolean
    try {
      guarded = await cartHasRoutineBundles(req.scope, req.params.id)
    } catch (error) {
      return next(error)
    }
    return guarded ? guard(req, res, next) : next()
  }

export const cartGuards: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/store/carts/:id", middlewares: [forBundleCarts(guardCartUpdate)] },
  { methods: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [forBundleCarts(guardLineItemAdd)] },
  { methods: ["POST"], matcher: "/store/carts/:id/shipping-methods", middlewares: [forBundleCarts(guardShippingMethodAdd)] },
  { methods: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [forBundleCarts(guardLineItemUpdate)] },
  { methods: ["DELETE"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [forBundleCarts(guardLineItemDelete)] },
  { methods: ["POST"], matcher: "/store/carts/:id/customer", middlewares: [forBundleCarts(guardCartTransfer)] },
  { methods: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [forBundleCarts(guardCartCompletion)] },
  { methods: ["POST", "DELETE"], matcher: "/store/carts/:id/promotions", middlewares: [forBundleCarts(guardPromotions)] },
]
