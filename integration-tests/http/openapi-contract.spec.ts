import { readFileSync } from "fs"
import path from "path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import Ajv2020 from "ajv/dist/2020"
import { buildOpenApi } from "../../scripts/openapi/generate"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { createAdminHeaders } from "../helpers/admin"
import { createCart, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { complete, createCheckoutCart, prepareForCompletion, SHOPPER_ADDRESS } from "../helpers/checkout"
import { registerCustomer } from "../helpers/customer"
import { seedStore } from "../helpers/store"
import { createSubscription, offerSubscriptions } from "../helpers/subscriptions"

jest.setTimeout(300 * 1000)

const ROOT = path.resolve(__dirname, "../..")
const document = JSON.parse(readFileSync(path.join(ROOT, "openapi.json"), "utf8"))

type Operation = {
  responses: Record<string, { content: { "application/json"?: { schema: { $ref: string } }; "text/csv"?: { schema: unknown } } }>
}

/** The documented operation a real request went to: `/store/routines/{id}` for `/store/routines/rtn_1`. */
const operationOf = (method: string, url: string) => {
  const pathname = new URL(url, "http://x").pathname
  for (const [template, operations] of Object.entries<Record<string, Operation>>(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`)
    if (pattern.test(pathname) && operations[method]) return { key: `${method.toUpperCase()} ${template}`, operation: operations[method] }
  }
  throw new Error(`${method} ${pathname} is not in openapi.json`)
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    ajv.addSchema({ $id: "openapi.json", components: document.components })
    const seen = new Map<string, Set<number>>()

    /** Sends a request and validates the answer against the document: every status, success and error. */
    const exchange = async (method: "get" | "post" | "delete", url: string, body?: unknown, config?: unknown) => {
      const response = await (method === "get" || method === "delete"
        ? api[method](url, config)
        : api.post(url, body, config)
      ).catch((e: any) => e.response)
      const { key, operation } = operationOf(method, url)
      const documented = operation.responses[String(response.status)]
      expect({ key, status: response.status, documented: !!documented }).toEqual({ key, status: response.status, documented: true })
      const json = documented.content["application/json"]
      const validate = json
        ? ajv.compile({ $ref: `openapi.json${json.schema.$ref}` })
        : ajv.compile({ type: "string" })
      const valid = validate(response.data)
      expect({ key, status: response.status, errors: valid ? [] : validate.errors }).toEqual({ key, status: response.status, errors: [] })
      seen.set(key, (seen.get(key) ?? new Set()).add(response.status))
      return response
    }

    it("openapi.json is what the generator writes from the validators and src/types", () => {
      expect(buildOpenApi()).toEqual(document)
    })

    it("every route of the plugin answers as documented, success and errors", async () => {
      const seeded: Seeded = await seedStore(getContainer())
      const store = seeded.storeHeaders
      const admin = await createAdminHeaders(api, getContainer())
      const eur = regionOf(seeded, "eur").id
      const milk = seeded.products.find((p) => p.handle === "moisturising-cleansing-milk")!

      // Store
      await exchange("get", "/store/routines", undefined, store)
      await exchange("get", `/store/routines/${ROUTINE}?region_id=${eur}`, undefined, store)
      await exchange("get", `/store/routines/${ROUTINE}`, undefined, store)
      await exchange("get", `/store/routines/nope?region_id=${eur}`, undefined, store)
      await exchange("post", `/store/routines/${ROUTINE}/quote`, { region_id: eur, symptoms: ["redness"] }, store)
      await exchange("post", `/store/routines/${ROUTINE}/quote`, { region_id: eur, visit_id: "visit-1" }, store)
      await exchange("post", `/store/routines/${ROUTINE}/quote`, { region_id: eur, unit_price: 1 }, store)
      await exchange("post", `/store/routines/nope/quote`, { region_id: eur }, store)
      await exchange("get", "/store/symptoms", undefined, store)
      await exchange("get", `/store/symptoms?routine_id=${ROUTINE}`, undefined, store)
      await exchange("get", "/store/symptoms?routine_id=nope", undefined, store)
      await exchange("get", `/store/products/${milk.id}/routines`, undefined, store)
      await exchange("get", `/store/products/prod_nope/routines`, undefined, store)

      const cart = await createCart(api, seeded)
      await exchange("get", `/store/carts/${cart.id}/routine-bundles`, undefined, store)
      await exchange("get", `/store/carts/cart_nope/routine-bundles`, undefined, store)
      const added = await exchange("post", `/store/carts/${cart.id}/routine-bundles`, { routine_id: ROUTINE }, store)
      await exchange("post", `/store/carts/${cart.id}/routine-bundles`, { routine_id: ROUTINE, quantity: 55 }, store)
      await exchange("post", `/store/carts/${cart.id}/routine-bundles`, { routine_id: "nope" }, store)
      await exchange("post", `/store/carts/${cart.id}/routine-bundles`, {}, store)
      const bundleId = added.data.routine_bundles[0].id
      await exchange("post", `/store/carts/${cart.id}/routine-bundles/${bundleId}`, { quantity: 2 }, store)
      await exchange("post", `/store/carts/${cart.id}/routine-bundles/${bundleId}`, { quantity: 55 }, store)
      await exchange("post", `/store/carts/${cart.id}/routine-bundles/rbndl_nope`, { quantity: 2 }, store)
      await exchange("post", `/store/carts/${cart.id}/routine-bundles/${bundleId}`, {}, store)
      await exchange("delete", `/store/carts/${cart.id}/routine-bundles/${bundleId}`, undefined, store)
      await exchange("delete", `/store/carts/${cart.id}/routine-bundles/${bundleId}`, undefined, store)

      const checkoutCart = await createCheckoutCart(api, seeded, eur)
      await exchange("post", `/store/carts/${checkoutCart}/routine-bundles`, { routine_id: ROUTINE }, store)
      await prepareForCompletion(api, seeded, checkoutCart)
      const { data: placed } = await complete(api, seeded, checkoutCart)
      await exchange("get", `/store/orders/${placed.order.id}/routine-bundles`, undefined, store)
      await exchange("get", `/store/orders/order_nope/routine-bundles`, undefined, store)

      // Admin
      await exchange("get", "/admin/routines", undefined, admin)
      await exchange("get", "/admin/routines", undefined, {})
      const created = await exchange("post", "/admin/routines", { title: "Calm skin" }, admin)
      await exchange("post", "/admin/routines", { title: "" }, admin)
      const id = created.data.routine.id
      await exchange("get", `/admin/routines/${id}`, undefined, admin)
      await exchange("get", `/admin/routines/rtn_nope`, undefined, admin)
      await exchange("post", `/admin/routines/${id}`, { status: "published" }, admin)
      await exchange("post", `/admin/routines/rtn_nope`, { title: "x" }, admin)
      const withStep = await exchange("post", `/admin/routines/${id}/steps`, { title: "Cleanse" }, admin)
      await exchange("post", `/admin/routines/rtn_nope/steps`, { title: "Cleanse" }, admin)
      await exchange("get", `/admin/routines/${id}/steps`, undefined, admin)
      await exchange("get", `/admin/routines/rtn_nope/steps`, undefined, admin)
      const stepId = withStep.data.routine.steps[0].id
      await exchange("post", `/admin/routines/${id}/steps/${stepId}`, { guidance: "Gently." }, admin)
      await exchange("post", `/admin/routines/${id}/steps/cstep_nope`, { guidance: "x" }, admin)
      await exchange("post", `/admin/routines/${id}/steps/reorder`, { step_ids: [stepId] }, admin)
      await exchange("post", `/admin/routines/${id}/steps/reorder`, { step_ids: [] }, admin)
      await exchange("post", `/admin/routines/${id}/steps/${stepId}/products`, { add: [{ product_id: milk.id, is_default: true }] }, admin)
      await exchange("post", `/admin/routines/${id}/steps/${stepId}/products`, { add: [{ product_id: "prod_nope" }] }, admin)
      await exchange("post", `/admin/routines/${id}/quote`, { region_id: eur }, admin)
      await exchange("post", `/admin/routines/rtn_nope/quote`, { region_id: eur }, admin)
      await exchange("post", `/admin/routines/${id}`, { status: "published" }, admin)
      // A published routine keeps at least one step: the last one cannot go (409).
      await exchange("delete", `/admin/routines/${id}/steps/${stepId}`, undefined, admin)
      // A published routine gains a step as optional; once it has a product,
      // the first step may go (409 before: shoppers could buy nothing).
      await exchange("post", `/admin/routines/${id}/steps`, { title: "Mask" }, admin)
      const withProtect = await exchange("post", `/admin/routines/${id}/steps`, { title: "Protect", optional: true }, admin)
      const protectId = withProtect.data.routine.steps.find((s: { handle: string }) => s.handle === "protect").id
      await exchange("post", `/admin/routines/${id}/steps/${protectId}/products`, { add: [{ product_id: milk.id }] }, admin)
      await exchange("delete", `/admin/routines/${id}/steps/${stepId}`, undefined, admin)
      await exchange("delete", `/admin/routines/${id}/steps/cstep_nope`, undefined, admin)
      await exchange("delete", `/admin/routines/${id}`, undefined, admin)
      await exchange("delete", `/admin/routines/rtn_nope`, undefined, admin)

      await exchange("get", "/admin/symptoms", undefined, admin)
      const symptom = await exchange("post", "/admin/symptoms", { name: "Tightness" }, admin)
      await exchange("post", "/admin/symptoms", {}, admin)
      const symptomId = symptom.data.symptom.id
      await exchange("get", `/admin/symptoms/${symptomId}`, undefined, admin)
      await exchange("get", `/admin/symptoms/symp_nope`, undefined, admin)
      await exchange("post", `/admin/symptoms/${symptomId}`, { description: "After washing." }, admin)
      await exchange("post", `/admin/symptoms/symp_nope`, { description: "x" }, admin)
      await exchange("post", `/admin/symptoms/${symptomId}/products`, { add: [milk.id] }, admin)
      await exchange("post", `/admin/symptoms/symp_nope/products`, { add: [milk.id] }, admin)
      await exchange("delete", `/admin/symptoms/${symptomId}`, undefined, admin)
      await exchange("delete", `/admin/symptoms/symp_nope`, undefined, admin)
      await exchange("get", `/admin/products/${milk.id}/routines`, undefined, admin)
      await exchange("get", `/admin/products/prod_nope/routines`, undefined, admin)
      await exchange("get", `/admin/orders/${placed.order.id}/routine-bundles`, undefined, admin)
      await exchange("get", `/admin/orders/order_nope/routine-bundles`, undefined, admin)
      await exchange("get", `/admin/orders/${placed.order.id}/routine-subscriptions`, undefined, admin)
      await exchange("get", `/admin/orders/order_nope/routine-subscriptions`, undefined, admin)
      await exchange("get", `/admin/routines/${ROUTINE}/coverage?region_id=${eur}`, undefined, admin)
      const routineId = (await exchange("get", `/store/routines/${ROUTINE}?region_id=${eur}`, undefined, store)).data.routine.id
      await exchange("get", `/admin/routines/${routineId}/coverage?region_id=${eur}`, undefined, admin)
      await exchange("get", `/admin/routines/${routineId}/coverage`, undefined, admin)
      await exchange("get", `/admin/routines/${routineId}/readiness`, undefined, admin)
      await exchange("post", `/admin/routines/${routineId}/duplicate`, { title: "Copy" }, admin)
      await exchange("post", `/admin/routines/rtn_nope/duplicate`, {}, admin)
      await exchange("post", `/admin/routines/${routineId}/duplicate`, { handle: "Not a handle" }, admin)
      await exchange("get", `/admin/routines/rtn_nope/readiness`, undefined, admin)
      await exchange("get", `/admin/routines/${routineId}/readiness?region=nope`, undefined, admin)
      await exchange("get", `/admin/routines/${routineId}/availability`, undefined, admin)
      await exchange("get", `/admin/routines/rtn_nope/availability`, undefined, admin)
      await exchange("post", `/admin/routines/${routineId}/availability`, { sales_channel_ids: [seeded.salesChannel.id] }, admin)
      await exchange("post", `/admin/routines/${routineId}/availability`, { customer_group_ids: ["cusgroup_nope"] }, admin)
      await exchange("post", `/admin/routines/${routineId}/availability`, { sales_channel_ids: "nope" }, admin)
      await exchange("get", `/admin/routine-analytics`, undefined, admin)
      await exchange("get", `/admin/routine-analytics?from=nope`, undefined, admin)
      await exchange("get", `/admin/routine-analytics/export`, undefined, admin)
      await exchange("get", `/admin/routine-analytics?routine_id=rtn_nope`, undefined, admin)
      await exchange("get", `/admin/routine-bundle-orders`, undefined, admin)
      await exchange("get", `/admin/routine-bundle-orders?limit=0`, undefined, admin)
      await exchange("get", `/admin/routine-changes?routine_id=${id}`, undefined, admin)
      await exchange("get", `/admin/routine-changes?subject=nope`, undefined, admin)

      // Subscriptions: the shopper's, then the merchant's.
      const container = getContainer()
      await offerSubscriptions(container, seeded.routine.id)
      const shopper = await registerCustomer(api, seeded, "subscriber@routine.test")
      const subscriptionId = await createSubscription(container, seeded, { id: shopper.id, email: "subscriber@routine.test" })
      const mine = `/store/customers/me/routine-subscriptions/${subscriptionId}`
      await exchange("get", "/store/customers/me/routine-subscriptions", undefined, shopper.headers)
      await exchange("get", "/store/customers/me/routine-subscriptions", undefined, store)
      await exchange("get", mine, undefined, shopper.headers)
      await exchange("get", "/store/customers/me/routine-subscriptions/rsub_nope", undefined, shopper.headers)
      await exchange("post", mine, { interval_weeks: 6 }, shopper.headers)
      await exchange("post", mine, { interval_weeks: 5 }, shopper.headers)
      await exchange("post", `${mine}/skip`, {}, shopper.headers)
      await exchange("post", `${mine}/pause`, {}, shopper.headers)
      await exchange("post", `${mine}/skip`, {}, shopper.headers)
      await exchange("post", `${mine}/pause`, {}, shopper.headers)
      await exchange("post", `${mine}/resume`, {}, shopper.headers)
      await exchange("post", `${mine}/resume`, {}, shopper.headers)
      await exchange("get", `${mine}/refill`, undefined, shopper.headers)
      await exchange("get", "/store/customers/me/routine-subscriptions/rsub_nope/refill", undefined, shopper.headers)
      await exchange("post", `${mine}/check-in/preview`, { symptoms: ["redness"] }, shopper.headers)
      await exchange("post", `${mine}/check-in/preview`, { symptoms: ["no-such-symptom"] }, shopper.headers)
      await exchange("post", "/store/customers/me/routine-subscriptions/rsub_nope/check-in/preview", { symptoms: [] }, shopper.headers)
      await exchange("post", `${mine}/check-in`, { symptoms: ["redness"] }, shopper.headers)
      await exchange("post", `${mine}/check-in`, { symptoms: ["no-such-symptom"] }, shopper.headers)
      await exchange("post", "/store/customers/me/routine-subscriptions/rsub_nope/check-in", { symptoms: [] }, shopper.headers)
      await exchange("post", "/store/customers/me/routine-subscriptions/rsub_nope/renew", {}, shopper.headers)
      await exchange("post", `${mine}/renew`, { now: "2027-01-01" }, shopper.headers)
      await exchange("post", `${mine}/cancel`, { reason: "nope" }, shopper.headers)
      await exchange("post", `${mine}/cancel`, { reason: "skin_improved" }, shopper.headers)
      await exchange("post", `${mine}/cancel`, {}, shopper.headers)
      await exchange("post", mine, { quantity: 2 }, shopper.headers)
      await exchange("post", "/store/customers/me/routine-subscriptions/rsub_nope/pause", {}, shopper.headers)
      await exchange("post", `${mine}/pause`, {}, store)
      await exchange("post", `${mine}/renew`, {}, shopper.headers)
      await exchange("post", `${mine}/check-in`, { symptoms: [] }, shopper.headers)
      await exchange("post", `${mine}/check-in/preview`, { symptoms: [] }, shopper.headers)
      await exchange("get", `${mine}/refill`, undefined, shopper.headers)
      // Renewed now with the placed order's address and shipping, paid with the system provider.
      const {
        data: [placedOrder],
      } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["shipping_methods.shipping_option_id"],
        filters: { id: placed.order.id },
      })
      // Its last order cost today's refill (read as the shopper would): renewed now without a price notice.
      const renewable = async (customer: { id: string; email: string }) => {
        const id = await createSubscription(container, seeded, customer, {
          shipping_address: SHOPPER_ADDRESS,
          shipping_option_id: placedOrder.shipping_methods![0]!.shipping_option_id,
        })
        const { data } = await api.get(`/store/customers/me/routine-subscriptions/${id}/refill`, shopper.headers)
        await container.resolve<RoutineModuleService>(ROUTINE_MODULE).updateRoutineSubscriptions({ id, last_total: data.refill.total })
        return { id, expected_total: data.refill.total as number }
      }
      const shoppers = await renewable({ id: shopper.id, email: "subscriber@routine.test" })
      await exchange("post", `/store/customers/me/routine-subscriptions/${shoppers.id}/renew`, { expected_total: shoppers.expected_total + 1 }, shopper.headers)
      await exchange("post", `/store/customers/me/routine-subscriptions/${shoppers.id}/renew`, { expected_total: shoppers.expected_total }, shopper.headers)

      const theirs = `/admin/routine-subscriptions/${await createSubscription(container, seeded, { id: shopper.id, email: "subscriber@routine.test" })}`
      await exchange("get", "/admin/routine-subscriptions?status=active&q=subscriber", undefined, admin)
      await exchange("get", "/admin/routine-subscriptions?status=nope", undefined, admin)
      await exchange("get", theirs, undefined, admin)
      await exchange("get", "/admin/routine-subscriptions/rsub_nope", undefined, admin)
      await exchange("get", `${theirs}/refill`, undefined, admin)
      await exchange("get", "/admin/routine-subscriptions/rsub_nope/refill", undefined, admin)
      await exchange("post", theirs, { next_renewal_at: "2027-03-01T09:00:00Z" }, admin)
      await exchange("post", theirs, { interval_weeks: 5 }, admin)
      await exchange("post", "/admin/routine-subscriptions/rsub_nope", { interval_weeks: 6 }, admin)
      await exchange("post", "/admin/routine-subscriptions/rsub_nope/renew", {}, admin)
      await exchange("post", `${theirs}/pause`, {}, admin)
      await exchange("post", `${theirs}/pause`, {}, admin)
      await exchange("post", `${theirs}/resume`, {}, admin)
      await exchange("post", `${theirs}/resume`, {}, admin)
      await exchange("post", `${theirs}/cancel`, { note: "By phone" }, admin)
      await exchange("post", `${theirs}/cancel`, {}, admin)
      await exchange("get", `${theirs}/refill`, undefined, admin)
      await exchange("post", `${theirs}`, { interval_weeks: 6 }, admin)
      await exchange("post", "/admin/routine-subscriptions/rsub_nope/pause", {}, admin)
      await exchange("post", `${theirs}/renew`, {}, admin)
      await exchange("post", `/admin/routine-subscriptions/${(await renewable({ id: shopper.id, email: "subscriber@routine.test" })).id}/renew`, {}, admin)

      // Every documented operation answered 200 at least once, and every error status it documents.
      const documented = Object.entries<Record<string, Operation>>(document.paths).flatMap(([template, operations]) =>
        Object.entries(operations).map(([method, op]) => [`${method.toUpperCase()} ${template}`, Object.keys(op.responses).map(Number)] as const)
      )
      expect(documented.filter(([key]) => !seen.get(key)?.has(200)).map(([key]) => key)).toEqual([])
    })
  },
})
