import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBundleMiddlewares } from "./admin/bundle-middlewares"
import { adminMiddlewares } from "./admin/middlewares"
import { storeMiddlewares } from "./store/middlewares"

export default defineMiddlewares({
  routes: [...adminMiddlewares, ...adminBundleMiddlewares, ...storeMiddlewares],
})
