import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { repriceCustomerCarts } from "../../../workflows/utils/reprice-customer-carts"

type Membership = { add?: string[]; remove?: string[] }

/**
 * Once core has changed who belongs to a customer group (and answered), the
 * open carts of the customers concerned get their bundles re-priced: their
 * group prices changed. Core leaves carts alone here, and a membership's
 * deletion event does not say whose it was.
 */
const repriceAfterwards =
  (customerIds: (req: AuthenticatedMedusaRequest<Membership>) => string[]) =>
  (req: AuthenticatedMedusaRequest<Membership>, res: MedusaResponse, next: MedusaNextFunction) => {
    const ids = customerIds(req)
    const scope = req.scope
    res.on("finish", () => {
      if (res.statusCode < 400) {
        repriceCustomerCarts(scope, ids).catch((error) =>
          scope.resolve("logger").error(`Re-pricing the carts of ${ids.join(", ")} failed: ${error.message}`)
        )
      }
    })
    next()
  }

export const customerGroupGuards: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/customer-groups/:id/customers",
    middlewares: [repriceAfterwards((req) => [...(req.validatedBody?.add ?? []), ...(req.validatedBody?.remove ?? [])])],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/customer-groups",
    middlewares: [repriceAfterwards((req) => [req.params.id])],
  },
]
