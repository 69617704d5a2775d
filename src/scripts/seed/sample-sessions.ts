import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { addRoutineBundleToCartWorkflow } from "../../workflows/add-routine-bundle-to-cart"
import { buildRoutineBundleWorkflow } from "../../workflows/build-routine-bundle"
import { ROUTINE_BUNDLE_EVENTS } from "../../workflows/events"
import { updateLineItemWithRoutineBundlesWorkflow } from "../../workflows/update-line-item-with-routine-bundles"
import { publicQuote } from "../../workflows/utils/routine-quote"

/*
 * Two weeks of sample shopping, so the demo's Routine performance page has
 * something to show: real carts, quotes, bundles and orders through the same
 * workflows a storefront triggers, the analytics recorded by the plugin's own
 * subscribers. Afterwards each session is moved back to its day (the order's
 * and the facts' dates), as an import of past orders would.
 */

type Session = {
  days_ago: number
  currency: "eur" | "usd"
  symptoms: string[]
  skip?: string[]
  /** What the shopper does after (or instead of) asking for a quote. */
  does: "buys the routine" | "ends the bundle, then buys" | "only asks" | "buys something else" | "leaves the bundle in the cart"
}

const SESSIONS: Session[] = [
  { days_ago: 13, currency: "eur", symptoms: ["redness"], does: "buys the routine" },
  { days_ago: 12, currency: "eur", symptoms: ["dry-flaky"], does: "buys the routine" },
  { days_ago: 11, currency: "eur", symptoms: [], does: "only asks" },
  { days_ago: 10, currency: "usd", symptoms: ["sensitivity"], does: "buys the routine" },
  { days_ago: 9, currency: "eur", symptoms: ["breakouts", "dry-flaky"], does: "ends the bundle, then buys" },
  { days_ago: 8, currency: "eur", symptoms: ["itching"], skip: ["gentle-cleansing"], does: "buys the routine" },
  { days_ago: 7, currency: "eur", symptoms: [], does: "buys something else" },
  { days_ago: 6, currency: "eur", symptoms: ["redness", "sensitivity"], does: "leaves the bundle in the cart" },
  { days_ago: 5, currency: "usd", symptoms: ["dry-flaky"], does: "buys the routine" },
  { days_ago: 4, currency: "eur", symptoms: ["breakouts"], does: "buys the routine" },
  { days_ago: 3, currency: "eur", symptoms: ["itching", "redness"], does: "only asks" },
  { days_ago: 2, currency: "eur", symptoms: [], does: "buys something else" },
  { days_ago: 1, currency: "eur", symptoms: ["sensitivity"], skip: ["support-from-inside"], does: "buys the routine" },
  { days_ago: 0, currency: "eur", symptoms: ["dry-flaky", "itching"], does: "buys the routine" },
]

const ADDRESS = {
  eur: { first_name: "Sample", last_name: "Shopper", address_1: "Nyhavn 1", city: "Copenhagen", postal_code: "1051", country_code: "dk" },
  usd: { first_name: "Sample", last_name: "Shopper", address_1: "1 Main St", city: "Boston", postal_code: "02108", country_code: "us", province: "ma" },
}
const EMAIL_DOMAIN = "sample.routine-demo.example"

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

const checkOut = async (container: MedusaContainer, cartId: string) => {
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cartId } })
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cartId, options: [{ id: options[0].id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
  })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cartId } })
  return result.id
}

/** Plays the sample sessions once: a store that has them already is left alone. */
export const seedSampleSessions = async (
  container: MedusaContainer,
  seeded: { regions: { id: string; currency_code: string }[]; salesChannel: { id: string }; routine: { handle: string }; products: { handle: string; variants?: ({ id: string } | null)[] | null }[] }
) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: [played] } = await knex.raw(`SELECT count(*)::int AS n FROM "order" WHERE email LIKE ?`, [`%@${EMAIL_DOMAIN}`])
  if (Number(played.n) > 0) {
    logger.info("Sample sessions exist already")
    return
  }
  const cream = seeded.products.find((p) => p.handle === "arctic-face-cream")!.variants![0]!.id
  const played_sessions: { cart_id: string; order_id: string | null; days_ago: number; facts: string[] }[] = []
  for (const [index, session] of SESSIONS.entries()) {
    const region = seeded.regions.find((r) => r.currency_code === session.currency)!
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: seeded.salesChannel.id,
        email: `shopper${index + 1}@${EMAIL_DOMAIN}`,
        shipping_address: ADDRESS[session.currency],
      },
    })
    const choice = { routine_id: seeded.routine.handle, symptoms: session.symptoms, skip_steps: session.skip }
    if (session.does !== "buys something else") {
      const { result: quote } = await buildRoutineBundleWorkflow(container).run({ input: { ...choice, cart_id: cart.id } })
      await container
        .resolve(Modules.EVENT_BUS)
        .emit({ name: ROUTINE_BUNDLE_EVENTS.QUOTED, data: { quote: publicQuote(quote), cart_id: cart.id } })
    }
    if (["buys the routine", "ends the bundle, then buys", "leaves the bundle in the cart"].includes(session.does)) {
      await addRoutineBundleToCartWorkflow(container).run({ input: { ...choice, cart_id: cart.id } })
    }
    if (session.does === "ends the bundle, then buys") {
      const { data: [withLines] } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "cart", fields: ["items.id"], filters: { id: cart.id } })
      await updateLineItemWithRoutineBundlesWorkflow(container).run({
        input: { cart_id: cart.id, item_id: withLines.items![0]!.id, update: { quantity: 2 } },
      })
    }
    if (session.does === "buys something else") {
      await addToCartWorkflow(container).run({ input: { cart_id: cart.id, items: [{ variant_id: cream, quantity: 1 }] } })
    }
    const buys = !["only asks", "leaves the bundle in the cart"].includes(session.does)
    // The analytics facts this session's events make, by type.
    const facts = [
      ...(session.does !== "buys something else" ? ["quoted"] : []),
      ...(["buys the routine", "ends the bundle, then buys", "leaves the bundle in the cart"].includes(session.does) ? ["added"] : []),
      ...(session.does === "ends the bundle, then buys" ? ["ended"] : []),
      ...(buys ? ["order"] : []),
      ...(session.does === "buys the routine" ? ["ordered"] : []),
    ]
    played_sessions.push({ cart_id: cart.id, order_id: buys ? await checkOut(container, cart.id) : null, days_ago: session.days_ago, facts })
  }

  // The subscribers record the facts after the events: wait until every
  // session's are in (a count that merely stops growing for a moment is not
  // enough on a slow machine, and a fact recorded after the move below would
  // keep today's date). The deadline only bounds a hang.
  const cartIds = played_sessions.map((s) => s.cart_id)
  const missingFacts = async () => {
    const { rows } = await knex.raw(`SELECT DISTINCT cart_id, type FROM routine_analytics_event WHERE cart_id = ANY(?)`, [cartIds])
    const have = new Set(rows.map((r) => `${r.cart_id} ${r.type}`))
    return played_sessions.flatMap((s) => s.facts.filter((type) => !have.has(`${s.cart_id} ${type}`)).map((type) => `${type} (${s.cart_id})`))
  }
  const deadline = Date.now() + 120_000
  for (let missing = await missingFacts(); missing.length; missing = await missingFacts()) {
    if (Date.now() > deadline) {
      throw new Error(`The analytics subscribers recorded no fact for: ${missing.join(", ")}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const { rows: [count] } = await knex.raw(`SELECT count(*)::int AS n FROM routine_analytics_event WHERE cart_id = ANY(?)`, [cartIds])
  const recorded = Number(count.n)
  for (const session of played_sessions) {
    const day = new Date(Date.now() - session.days_ago * 24 * 60 * 60 * 1000)
    await knex.raw(`UPDATE routine_analytics_event SET occurred_at = ? WHERE cart_id = ?`, [day, session.cart_id])
    if (session.order_id) {
      await knex.raw(`UPDATE "order" SET created_at = ? WHERE id = ?`, [day, session.order_id])
    }
  }
  logger.info(`Played ${SESSIONS.length} sample sessions over the last two weeks (${recorded} analytics facts)`)
}
