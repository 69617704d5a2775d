import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { repriceCustomerCarts } from "../../../workflows/utils/reprice-customer-carts"

type Membership = { add?: string[]; remove?: string[] }

/**
 * Once core has changed who belongs to a customer group (and answered), the
 * open carts of the customers concerned get their bundles re-priced: their
 * group prices changed. Core leaves carts alone here, and a membership's
 * deletion event does not say whose it was. Who is concerned is read before
 * core's change (a deleted group has no members left to read).
 */
const repriceAfterwards =
  (customerIds: (req: AuthenticatedMedusaRequest<Membership>) => string[] | Promise<string[]>) =>
  async (req: AuthenticatedMedusaRequest<Membership>, res: MedusaResponse, next: MedusaNextFunction) => {
    let ids: string[]
    try {
      ids = await customerIds(req)
    } catch (error) {
      return next(error)
    }
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
    methods: ["DELETE"],
    matcher: "/admin/customer-groups/:id",
    middlewares: [
      repriceAfterwards(async (req) =>
        (
          await req.scope
            .resolve(Modules.CUSTOMER)
            .listCustomerGroupCustomers({ customer_group_id: req.params.id }, { select: ["customer_id"] })
        ).map((m) => m.customer_id)
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/customer-groups",
    middlewares: [repriceAfterwards((req) => [req.params.id])],
  },
]
