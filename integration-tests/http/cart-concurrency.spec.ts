import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cartBurstSuite } from "../helpers/cart-burst-suite"

jest.setTimeout(300 * 1000)

// The cart lock wait as shipped (60 s): see cart-concurrency-short-wait.spec.ts for 1 s.
medusaIntegrationTestRunner({ testSuite: cartBurstSuite })
