import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { retrieveTransformQueryConfig as cartQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { dissolveBundleOnLineChange } from "./carts/guards/dissolve-bundle-on-line-change"
import { rebuildBundlesOnRegionChange } from "./carts/guards/rebuild-bundles-on-region-change"
import { validateBundlesBeforeComplete } from "./carts/guards/validate-bundles-before-complete"
import { StoreAddRoutineBundle } from "./carts/validators"
import { listStoreRoutinesQueryConfig } from "./routines/query-config"
import {
  StoreGetRoutineParams,
  StoreGetRoutinesParams,
  StoreRoutineQuote,
} from "./routines/validators"
import { listStoreSymptomsQueryConfig } from "./symptoms/query-config"
import { StoreGetSymptomsParams } from "./symptoms/validators"

export const storeMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/routines",
    middlewares: [
      validateAndTransformQuery(StoreGetRoutinesParams, listStoreRoutinesQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/routines/:id",
    middlewares: [validateAndTransformQuery(StoreGetRoutineParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/store/routines/:id/quote",
    middlewares: [validateAndTransformBody(StoreRoutineQuote)],
  },
  {
    methods: ["GET"],
    matcher: "/store/symptoms",
    middlewares: [
      validateAndTransformQuery(StoreGetSymptomsParams, listStoreSymptomsQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/routine-bundles",
    middlewares: [
      validateAndTransformBody(StoreAddRoutineBundle),
      validateAndTransformQuery(StoreGetCartsCart, cartQueryConfig),
    ],
  },
  {
    methods: ["DELETE"],
    matcher: "/store/carts/:id/routine-bundles/:bundle_id",
    middlewares: [validateAndTransformQuery(StoreGetCartsCart, cartQueryConfig)],
  },
  // Guards on core's cart routes: they run after core's validation and
  // before its handler (see each guard for what it keeps honest).
  {
    methods: ["POST"],
    matcher: "/store/carts/:id",
    middlewares: [rebuildBundlesOnRegionChange],
  },
  {
    methods: ["POST", "DELETE"],
    matcher: "/store/carts/:id/line-items/:line_id",
    middlewares: [dissolveBundleOnLineChange],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [validateBundlesBeforeComplete],
  },
]
