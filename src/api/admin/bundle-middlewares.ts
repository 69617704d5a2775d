import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminRoutineQuote } from "./routines/[id]/quote/validators"

export const adminBundleMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/routines/:id/quote",
    middlewares: [validateAndTransformBody(AdminRoutineQuote)],
  },
]
