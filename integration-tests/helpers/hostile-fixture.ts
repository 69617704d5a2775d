import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import type { RoutineFuzzContext } from "./fuzz-routine-bodies"
import { seedOtherSalesChannel } from "./other-channel"
import { seedStore } from "./store"
import { createSubscription, offerSubscriptions } from "./subscriptions"

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
}

/**
 * The demo store plus what hostile requests aim at: a second storefront with
 * its own product on the routine, a draft routine, an empty cart, a cart with
 * one bundle, a cart of the other storefront and a subscription.
 */
export const seedHostileFixture = async (api: Api, container: MedusaContainer) => {
  const seeded = await seedStore(container)
  const other = await seedOtherSalesChannel(container, seeded)
  const routineService = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const draft = await routineService.createRoutines({
    handle: "draft-routine",
    title: "Draft routine",
    status: "draft",
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "routine",
    fields: ["id", "steps.id", "steps.handle", "steps.position", "steps.products.id", "steps.products.variants.id"],
    filters: { id: seeded.routine.id },
  })
  const steps = data[0].steps
    .flatMap((s) => (s ? [s] : []))
    .sort((a, b) => a.position - b.position)
  const demoProducts = new Set(seeded.products.map((p) => p.id))
  const stepVariants = Object.fromEntries(
    steps.map((s) => [
      s.handle,
      s.products!.find((p) => !!p && demoProducts.has(p.id))!.variants[0].id,
    ])
  )

  const eur = seeded.regions.find((r) => r.currency_code === "eur")!
  const usd = seeded.regions.find((r) => r.currency_code === "usd")!
  const newCart = async (config: unknown) =>
    (await api.post("/store/carts", { region_id: eur.id }, config)).data.cart.id as string
  const emptyCartId = await newCart(seeded.storeHeaders)
  const bundleCartId = await newCart(seeded.storeHeaders)
  await api.post(
    `/store/carts/${bundleCartId}/routine-bundles`,
    { routine_id: seeded.routine.handle },
    seeded.storeHeaders
  )
  const [bundle] = await routineService.listRoutineBundles({ cart_id: bundleCartId })
  const otherCartId = await newCart(other.storeHeaders)
  // A customer's subscription, for the routes that name one (whose customer does not matter to them);
  // its routine offers its interval, so its next refill can be priced.
  await offerSubscriptions(container, seeded.routine.id)
  const subscriptionId = await createSubscription(container, seeded, { id: "cus_fixture", email: "fixture@routine.test" })

  const fuzz: RoutineFuzzContext = {
    stepVariants,
    stepIds: steps.map((s) => s.id),
    symptomHandles: seeded.symptoms.map((s) => s.handle),
    symptomIds: seeded.symptoms.map((s) => s.id),
    foreignIds: [
      seeded.products[0].id,
      seeded.products[0].variants[0].id,
      other.product.id,
      other.product.variantId,
      draft.id,
      draft.handle,
      seeded.routine.id,
      seeded.routine.handle,
      steps[0].id,
      seeded.symptoms[0].id,
      emptyCartId,
      bundleCartId,
      otherCartId,
      bundle.id,
      eur.id,
      usd.id,
      seeded.salesChannel.id,
      other.salesChannel.id,
      seeded.stockLocation.id,
      seeded.shippingProfile.id,
      seeded.publishableKey.id,
    ],
  }

  return {
    seeded,
    other,
    draft,
    steps,
    eur,
    usd,
    carts: { empty: emptyCartId, withBundle: bundleCartId, otherChannel: otherCartId },
    bundleId: bundle.id,
    subscriptionId,
    fuzz,
  }
}

export type HostileFixture = Awaited<ReturnType<typeof seedHostileFixture>>

/** The fixture's ids for a route template's `:id`, `:step_id` and `:bundle_id`, by the resource the path names. */
export const fixtureParams = (fixture: HostileFixture) => (template: string) => {
  const resource = template.split("/")[2]
  const id = {
    routines: fixture.seeded.routine.id,
    symptoms: fixture.seeded.symptoms[0].id,
    products: fixture.seeded.products[0].id,
    carts: fixture.carts.withBundle,
    "routine-subscriptions": fixture.subscriptionId,
    // /store/customers/me/routine-subscriptions/:id
    customers: fixture.subscriptionId,
  }[resource]
  return {
    ...(id ? { id } : {}),
    step_id: fixture.steps[0].id,
    bundle_id: fixture.bundleId,
  }
}
