import { integrationTestRunner } from "../helpers/integration-runner"
import { cartBurstSuite } from "../helpers/cart-burst-suite"

jest.setTimeout(300 * 1000)

// The cart lock wait as shipped (60 s): see cart-concurrency-short-wait.spec.ts for 1 s.
integrationTestRunner({ testSuite: cartBurstSuite })
