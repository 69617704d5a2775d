import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { retrieveTransformQueryConfig as cartQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { cartGuards } from "./carts/guards"
import { StoreAddRoutineBundle, StoreUpdateRoutineBundle } from "./carts/validators"
import {
  listStoreRoutinesQueryConfig,
  retrieveStoreRoutineQueryConfig,
} from "./routines/query-config"
import {
  StoreGetRoutineParams,
  StoreGetRoutinesParams,
  StoreRoutineQuote,
} from "./routines/validators"
import { listStoreSymptomsQueryConfig } from "./symptoms/query-config"
import { StoreGetSymptomsParams } from "./symptoms/validators"

// A logged-in customer's groups decide their prices, as on core's product routes.
const optionalCustomer = authenticate("customer", ["session", "bearer"], {
  allowUnauthenticated: true,
})

export const storeMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/routines",
    // With a region, whether each routine can be bought is decided with the customer's prices, as on its page.
    middlewares: [optionalCustomer, validateAndTransformQuery(StoreGetRoutinesParams, listStoreRoutinesQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/store/routines/:id",
    middlewares: [
      optionalCustomer,
      validateAndTransformQuery(StoreGetRoutineParams, retrieveStoreRoutineQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/routines/:id/quote",
    middlewares: [optionalCustomer, validateAndTransformBody(StoreRoutineQuote)],
  },
  {
    methods: ["GET"],
    matcher: "/store/symptoms",
    middlewares: [validateAndTransformQuery(StoreGetSymptomsParams, listStoreSymptomsQueryConfig)],
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
    methods: ["POST"],
    matcher: "/store/carts/:id/routine-bundles/:bundle_id",
    middlewares: [
      validateAndTransformBody(StoreUpdateRoutineBundle),
      validateAndTransformQuery(StoreGetCartsCart, cartQueryConfig),
    ],
  },
  {
    methods: ["DELETE"],
    matcher: "/store/carts/:id/routine-bundles/:bundle_id",
    middlewares: [validateAndTransformQuery(StoreGetCartsCart, cartQueryConfig)],
  },
  ...cartGuards,
]
