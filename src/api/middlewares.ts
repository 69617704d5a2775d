import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBundleMiddlewares } from "./admin/bundle-middlewares"
import { customerGroupGuards } from "./admin/customer-groups/guards"
import { adminMiddlewares } from "./admin/middlewares"
import { orderChangeGuards } from "./admin/order-changes/guards"
import { adminRoutePolicies } from "./admin/policies"
import { adminRoutineSubscriptionMiddlewares } from "./admin/routine-subscriptions/middlewares"
import { storeRoutineSubscriptionMiddlewares } from "./store/customers/me/routine-subscriptions/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { refuseUnsafeInput } from "./utils/refuse-unsafe-input"

/** The plugin's own routes; wildcards run before the routes' own middlewares. */
const PLUGIN_ROUTES = [
  "/store/routines*",
  "/store/symptoms*",
  "/store/carts/:id/routine-bundles*",
  "/store/products/:id/routines",
  "/store/orders/:id/routine-bundles",
  "/store/customers/me/routine-subscriptions*",
  "/admin/routines*",
  "/admin/symptoms*",
  "/admin/products/:id/routines",
  "/admin/orders/:id/routine-bundles",
  "/admin/orders/:id/routine-subscriptions",
  "/admin/routine-bundle-orders",
  "/admin/routine-analytics*",
  "/admin/routine-changes*",
  "/admin/routine-subscriptions*",
]

export default defineMiddlewares({
  routes: [
    // Who may call a route is settled before anything reads its input.
    ...adminRoutePolicies,
    ...PLUGIN_ROUTES.map((matcher) => ({
      matcher,
      middlewares: [refuseUnsafeInput],
    })),
    ...adminMiddlewares,
    ...adminBundleMiddlewares,
    ...storeMiddlewares,
    ...adminRoutineSubscriptionMiddlewares,
    ...storeRoutineSubscriptionMiddlewares,
    ...customerGroupGuards,
    ...orderChangeGuards,
  ],
})
