import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/integration-runner"
import fc from "fast-check"
import { discountKind } from "../../src/lib/discount-kinds"
import { loadCatalog } from "../../src/scripts/seed/catalog"
import { USD_PER_EUR_PERCENT } from "../../src/scripts/seed/prices"
import { createAdminHeaders } from "../helpers/admin"
import { regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { variantOf } from "../helpers/bundle-fixtures"
import { storeClient } from "../helpers/client"
import { halfPriceGroup, registerCustomer } from "../helpers/customer"
import { invariantProblems } from "../helpers/invariant"
import { buyOneGetOneFree } from "../helpers/promotions"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { seedStore } from "../helpers/store"

/*
 * Stateful property-based testing against a real server: random sequences
 * of what shoppers, storefronts and merchants do to a cart holding bundles
 * (some commands sent twice at once, the merchant's offer changes racing a
 * shopper's add), and after every step the cart is honest: the invariant
 * holds (prices, quantities and every promotion adjustment on bundle
 * lines), every bundle is priced wholly under one offer the routine had,
 * and the cart's lines cost exactly the bundles' totals plus every other
 * line at the price this shopper pays for it alone. Promotions of every
 * kind are in play: a standard order-level code, a buy-get code Medusa
 * applies to bundle lines whatever their flags, and an automatic one.
 * FUZZ_RUNS (default 4) and FUZZ_SEED steer it; a failure shrinks to a
 * minimal sequence, to be kept as a regular test.
 */
const RUNS = Number(process.env.FUZZ_RUNS || 4)
// Bounds a hang, not the speed: half an hour, and six seconds more per run for long runs.
jest.setTimeout((30 * 60 + RUNS * 6) * 1000)
const SEED = Number(process.env.FUZZ_SEED || 20261202)
const catalog = loadCatalog()
const HANDLES = catalog.products.map((p) => p.handle)
const SYMPTOMS = catalog.symptoms.map((s) => s.handle)

type Currency = "eur" | "usd"
/** An offer as a bundle's terms show it: its kind, policy and the values a bundle may carry in each currency. */
type OfferSeen = { type: string; policy: string; values: Record<Currency, string[]> }
type Model = {
  currency: Currency
  loyal: boolean
  /** The loyal customers' group or its half-price list was deleted. */
  loyalPricesGone: boolean
  /**
   * Plain lines priced at the loyal price may still carry it: core prices a
   * cart's lines again only on a forced refresh (a region change), not on
   * an email change, and the plugin re-prices only bundles.
   */
  staleLoyalPrices: boolean
  /** Symptoms the merchant deleted (a shopper naming one gets a 400). */
  deletedSymptoms: Set<string>
  unpublished: Set<string>
  /** Every offer the routine had in this run, the first one included. */
  offers: OfferSeen[]
  /** Candidate product ids the merchant took off the microbiome step. */
  removedCandidates: Set<string>
  routineDraft: boolean
}

/** The offers the merchant switches between: every kind, every policy. */
const OFFERS: Record<string, unknown>[] = [
  { discount_type: "percentage", discount_value: 20, discount_tiers: [], min_steps: null, promotion_policy: "combine" },
  {
    discount_type: "percentage",
    discount_value: 0,
    discount_tiers: [{ min_steps: 3, percentage: 5 }, { min_steps: 4, percentage: 10 }, { min_steps: 5, percentage: 15 }],
    min_steps: 3,
    promotion_policy: "exclusive",
  },
  {
    discount_type: "fixed",
    discount_value: 0,
    discount_tiers: [],
    discount_amounts: [{ currency_code: "eur", amount: 10 }, { currency_code: "usd", amount: 11 }],
    promotion_policy: "best_of",
  },
  {
    discount_type: "set_price",
    discount_tiers: [],
    discount_amounts: [{ currency_code: "eur", amount: 80 }, { currency_code: "usd", amount: 90 }],
    promotion_policy: "exclusive",
  },
  { discount_type: "cheapest_step_free", discount_tiers: [], min_steps: 3, promotion_policy: "best_of" },
]

/** The value a bundle's terms carry for its kind in a currency: the percentage, the amount, or none. */
const termsValue = (terms: any, currency: string) => {
  switch (discountKind(terms.discount_type).input) {
    case "percentage":
      return String(Number(terms.discount_value))
    case "amounts":
      return String(Number(terms.discount_amounts[currency]))
    case "none":
      return "none"
  }
}

/** What a bundle's terms may say under an offer (tiers: any tier's percentage). */
const seen = (offer: any): OfferSeen => {
  const amount = (currency: Currency) =>
    (offer.discount_amounts ?? []).filter((a: any) => a.currency_code === currency).map((a: any) => String(Number(a.amount)))
  const percentages = offer.discount_tiers?.length
    ? offer.discount_tiers.map((t: any) => String(Number(t.percentage)))
    : [String(Number(offer.discount_value))]
  const input = discountKind(offer.discount_type).input
  const values =
    input === "percentage" ? { eur: percentages, usd: percentages } : input === "amounts" ? { eur: amount("eur"), usd: amount("usd") } : { eur: ["none"], usd: ["none"] }
  return { type: offer.discount_type, policy: offer.promotion_policy ?? "combine", values }
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let loyal: { id: string; token: string; headers: { headers: Record<string, string> } }
    let loyalPrices: { group: string; priceList: string }
    /** The symptoms as seeded, with their products: what a deleted one is made again from. */
    let symptoms: Record<string, { id: string; name: string; description: string | null; products: string[] }>
    let routineId: string
    let microbiome: {
      id: string
      products: string[]
      seeded: { product_id: string; rank: number; is_default: boolean }[]
    }
    /** The routine's offer as seeded: every run starts from it. */
    let initialOffer: Record<string, unknown>

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      admin = await createAdminHeaders(api, getContainer())
      loyal = await registerCustomer(api, seeded, "fuzz-loyal@routine.test")
      loyalPrices = await loyalGroup()
      const { data: listed } = await api.get("/admin/symptoms?limit=50&fields=id,handle,name,description,*products", admin)
      symptoms = Object.fromEntries(
        listed.symptoms.map((s: any) => [s.handle, { id: s.id, name: s.name, description: s.description, products: s.products.map((p: any) => p.id) }])
      )
      const { data: list } = await api.get(`/admin/routines?handle=${ROUTINE}`, admin)
      routineId = list.routines[0].id
      const { routine } = (await api.get(`/admin/routines/${routineId}`, admin)).data
      initialOffer = {
        discount_type: routine.discount_type,
        discount_value: Number(routine.discount_value),
        discount_tiers: routine.discount_tiers.map((t: any) => ({ min_steps: t.min_steps, percentage: Number(t.percentage) })),
        discount_amounts: routine.discount_amounts.map((a: any) => ({ currency_code: a.currency_code, amount: Number(a.amount) })),
        min_steps: routine.min_steps,
        promotion_policy: routine.promotion_policy,
      }
      const step = routine.steps.find((s: any) => s.handle === "nourish-microbiome")
      const links = [...step.product_link].sort((a: any, b: any) => a.rank - b.rank)
      microbiome = {
        id: step.id,
        products: links.map((l: any) => l.product_id),
        seeded: links.map((l: any) => ({ product_id: l.product_id, rank: l.rank, is_default: l.is_default })),
      }

      const promotion = (code: string, type: string, application_method: Record<string, unknown>, is_automatic = false) =>
        api.post("/admin/promotions", { code, type, status: "active", is_automatic, application_method }, admin)
      await promotion("FUZZ10", "standard", { type: "percentage", target_type: "order", allocation: "across", value: 10 })
      await promotion("FUZZAUTO", "standard", { type: "fixed", target_type: "order", allocation: "across", value: 1, currency_code: "eur" }, true)
      // Buy the step-2 default, get the step-1 default (the cleanser) free: Medusa ignores is_discountable here.
      const { data: quoted } = await api.post(`/store/routines/${ROUTINE}/quote`, { region_id: regionOf(seeded, "eur").id }, seeded.storeHeaders)
      const [step1, step2] = quoted.quote.items
      await promotion("FUZZFREE", "buyget", buyOneGetOneFree(step2.product.id, step1.product.id))
    })

    /** The loyal customers' group with its half-price list, and the loyal customer in it. */
    const loyalGroup = async () => {
      const priceLists = async () => ((await api.get("/admin/price-lists?fields=id&limit=100", admin)).data.price_lists as { id: string }[]).map((l) => l.id)
      const before = await priceLists()
      const group = await halfPriceGroup(api, seeded, admin)
      await api.post(`/admin/customer-groups/${group}/customers`, { add: [loyal.id] }, admin)
      const [priceList] = (await priceLists()).filter((id) => !before.includes(id))
      return { group, priceList }
    }

    /** What one unit of a product alone may cost this shopper, in cents (two prices while core has not refreshed it). */
    const ownPrices = (model: Model, variantId: string) => {
      const product = seeded.products.find((p) => p.variants?.[0]?.id === variantId)!
      const eur = catalog.products.find((p) => p.handle === product.handle)!.price
      if (model.currency === "usd") return [Math.round((eur * USD_PER_EUR_PERCENT) / 100)]
      if (model.loyal && !model.loyalPricesGone) return [eur / 2]
      return model.staleLoyalPrices ? [eur, eur / 2] : [eur]
    }

    type Real = { cartId: string; headers: { headers: Record<string, string> }; log: string[] }
    /** How often each request answered how, over the whole run: what the closing figures quote. */
    const tally = new Map<string, number>()
    const client = (real: Real) =>
      storeClient(api, seeded.publishableKey.token, real.headers.headers.authorization?.slice(7)).bundles

    /**
     * A request's outcome: refusals (4xx) are fine, a 5xx is a failure of the
     * property. One exception, on core's own routes only: a cart that held
     * no bundle is core's cart, and core answers a cart lock it waited for
     * more than 2 s with a 500 (two region changes at once on a busy machine).
     */
    const attempt = async (real: Real, label: string, call: () => Promise<unknown>, route: "ours" | "core" = "ours") => {
      const coresCart = route === "core" && !(await bundlesOf(real)).length
      let outcome = await call().then(
        () => "ok",
        (e: any) => String(e?.status ?? e?.response?.status ?? "threw " + e?.message)
      )
      if (outcome === "500" && coresCart) outcome = "500 from core (no bundles)"
      real.log.push(`${label} → ${outcome}`)
      tally.set(`${label} → ${outcome}`, (tally.get(`${label} → ${outcome}`) ?? 0) + 1)
      if (!["ok", "400", "404", "409", "500 from core (no bundles)"].includes(outcome)) {
        throw new Error(`${label} answered ${outcome}\n${real.log.join("\n")}`)
      }
      return outcome
    }

    const bundlesOf = async (real: Real) => (await client(real).cart.listBundles(real.cartId)).routine_bundles
    const linesOf = async (real: Real) =>
      (await api.get(`/store/carts/${real.cartId}?fields=*items,*items.adjustments`, real.headers)).data.cart.items as any[]

    /** The property, checked after every command. */
    const expectHonest = async (model: Model, real: Real) => {
      const problems = await invariantProblems(getContainer(), real.cartId)
      if (problems.length) throw new Error(`invariant broken: ${problems.join("; ")}\n${real.log.join("\n")}`)
      const records = await getContainer()
        .resolve<RoutineModuleService>(ROUTINE_MODULE)
        .listRoutineBundles({ cart_id: real.cartId }, { select: ["id", "terms", "currency_code", "discount_source"], relations: ["items"] })
      const [bundles, lines] = await Promise.all([bundlesOf(real), linesOf(real)])
      for (const record of records) {
        // Read here, not through the plugin's own rule: a promotion may take
        // money off a bundle's lines only under `combine`, or under `best_of`
        // when the promotions won (the lines are then at regular prices).
        const policy = (record.terms as any).promotion_policy ?? "combine"
        const promotionsAllowed = policy === "combine" || (policy === "best_of" && record.discount_source === "promotion")
        const lineIds = new Set((record.items ?? []).map((i: any) => i.line_item_id))
        const taken = lines
          .filter((l) => lineIds.has(l.id))
          .flatMap((l) => l.adjustments ?? [])
          .reduce((sum: number, a: any) => sum + Math.round(Number(a.amount) * 100), 0)
        if (!promotionsAllowed && taken !== 0) {
          throw new Error(`bundle ${record.id} (${policy}) has ${taken} cents off from promotions\n${real.log.join("\n")}`)
        }
      }
      for (const record of records) {
        const terms = record.terms as any
        const value = termsValue(terms, record.currency_code)
        const policy = terms.promotion_policy ?? "combine"
        const offered = model.offers.some(
          (o) => o.type === terms.discount_type && o.policy === policy && o.values[record.currency_code as Currency].includes(value)
        )
        if (!offered) {
          throw new Error(`bundle ${record.id} is priced under ${JSON.stringify(terms)}, an offer the routine never had\n${real.log.join("\n")}`)
        }
      }
      const claimed = new Set(bundles.flatMap((b) => b.items.map((i) => i.line_item_id)))
      const cents = (n: number) => Math.round(n * 100)
      const bundled = lines.filter((l) => claimed.has(l.id)).reduce((sum, l) => sum + cents(l.unit_price) * l.quantity, 0)
      const promised = bundles.reduce((sum, b) => sum + cents(b.total), 0)
      if (bundled !== promised) throw new Error(`bundle lines cost ${bundled}, the bundles ${promised}\n${real.log.join("\n")}`)
      for (const line of lines.filter((l) => !claimed.has(l.id))) {
        const allowed = ownPrices(model, line.variant_id)
        if (!allowed.includes(cents(line.unit_price))) {
          throw new Error(`line ${line.id} costs ${cents(line.unit_price)}, expected one of ${allowed}\n${real.log.join("\n")}`)
        }
      }
    }

    const command = (
      label: string,
      run: (model: Model, real: Real) => Promise<unknown>,
      check: (model: Model) => boolean = () => true
    ): fc.AsyncCommand<Model, Real> => ({
      check,
      run: async (model, real) => {
        await run(model, real)
        await expectHonest(model, real)
      },
      toString: () => label,
    })

    const pick = <T>(items: T[], index: number) => (items.length ? items[index % items.length] : undefined)

    const addBundle = fc
      .record({ symptoms: fc.subarray(SYMPTOMS, { maxLength: 2 }), quantity: fc.integer({ min: 1, max: 3 }), skip: fc.boolean() })
      .map(({ symptoms, quantity, skip }) =>
        command(`add bundle ${JSON.stringify({ symptoms, quantity, skip })}`, async (_m, real) =>
          attempt(real, "add", () =>
            client(real).cart.addBundle(real.cartId, {
              routine_id: ROUTINE,
              symptoms,
              quantity,
              skip_steps: skip ? ["support-from-inside"] : [],
            })
          )
        )
      )
    const editBundle = fc
      .record({
        index: fc.nat(),
        change: fc.oneof(
          fc.record({ quantity: fc.integer({ min: 1, max: 3 }) }),
          fc.record({ selections: fc.constantFrom(...HANDLES).map((h) => ({ "nourish-microbiome": variantOf(seeded, h) })) }),
          fc.record({ skip_steps: fc.constantFrom<string[]>([], ["support-from-inside"]) }),
          fc.record({ symptoms: fc.subarray(SYMPTOMS, { maxLength: 3 }) })
        ),
      })
      .map(({ index, change }) =>
        command(`edit bundle #${index} ${JSON.stringify(change)}`, async (_m, real) => {
          const bundle = pick(await bundlesOf(real), index)
          if (bundle) await attempt(real, "edit", () => client(real).cart.updateBundle(real.cartId, bundle.id, change))
        })
      )
    const removeBundle = fc.nat().map((index) =>
      command(`remove bundle #${index}`, async (_m, real) => {
        const bundle = pick(await bundlesOf(real), index)
        if (bundle) await attempt(real, "remove", () => client(real).cart.removeBundle(real.cartId, bundle.id))
      })
    )
    const coreAdd = fc.record({ handle: fc.constantFrom(...HANDLES), quantity: fc.integer({ min: 1, max: 3 }) }).map(
      ({ handle, quantity }) =>
        command(`core add ${quantity} × ${handle}`, async (_m, real) =>
          attempt(real, "core add", () =>
            api.post(`/store/carts/${real.cartId}/line-items`, { variant_id: variantOf(seeded, handle), quantity }, real.headers),
            "core"
          )
        )
    )
    const coreUpdate = fc
      .record({
        index: fc.nat(),
        quantity: fc.integer({ min: 0, max: 4 }),
        metadata: fc.option(fc.dictionary(fc.constantFrom("routine_bundle_id", "care_step_id", "note"), fc.string({ maxLength: 8 })), { nil: null }),
      })
      .map(({ index, quantity, metadata }) =>
        command(`core update line #${index} ${JSON.stringify({ quantity, metadata })}`, async (_m, real) => {
          const line = pick(await linesOf(real), index)
          if (line)
            await attempt(real, "core update", () =>
              api.post(`/store/carts/${real.cartId}/line-items/${line.id}`, { quantity, metadata }, real.headers),
              "core"
            )
        })
      )
    const coreDelete = fc.nat().map((index) =>
      command(`core delete line #${index}`, async (_m, real) => {
        const line = pick(await linesOf(real), index)
        if (line) await attempt(real, "core delete", () => api.delete(`/store/carts/${real.cartId}/line-items/${line.id}`, real.headers), "core")
      })
    )
    const changeRegion = (twice: boolean) =>
      fc.constantFrom<Currency>("eur", "usd").map((currency) =>
        command(`${twice ? "twice at once: " : ""}region → ${currency}`, async (model, real) => {
          const change = () =>
            attempt(real, `region ${currency}`, () =>
              api.post(`/store/carts/${real.cartId}`, { region_id: regionOf(seeded, currency).id }, real.headers),
              "core"
            )
          const outcomes = await Promise.all(twice ? [change(), change()] : [change()])
          // Refused (e.g. core's 400 for a plain line no longer published): the cart keeps its region.
          if (outcomes.includes("ok")) {
            // A new region is a forced refresh: core prices every line again.
            if (model.currency !== currency) model.staleLoyalPrices = false
            model.currency = currency
          }
        })
      )
    const concurrentAdds = fc.integer({ min: 2, max: 4 }).map((n) =>
      command(`${n} adds at once`, async (_m, real) => {
        await Promise.all(
          Array.from({ length: n }, () => attempt(real, "add", () => client(real).cart.addBundle(real.cartId, { routine_id: ROUTINE })))
        )
      })
    )
    const logIn = fc.constant(
      command(
        "log in as a loyal customer (half price in EUR)",
        async (model, real) => {
          real.headers = loyal.headers
          const outcome = await attempt(real, "transfer", () =>
            api.post(`/store/carts/${real.cartId}/customer`, {}, real.headers),
            "core"
          )
          // Core refuses the transfer (400) while the cart holds a plain line
          // of a product no longer published; the cart then keeps its prices.
          if (outcome === "ok") model.loyal = true
        },
        (model) => !model.loyal
      )
    )
    const togglePublished = fc.constantFrom(...HANDLES).map((handle) =>
      command(`merchant (un)publishes ${handle}, then the shopper changes their email`, async (model, real) => {
        const id = seeded.products.find((p) => p.handle === handle)!.id
        const unpublish = !model.unpublished.has(handle)
        await updateProductsWorkflow(getContainer()).run({
          input: { products: [{ id, status: unpublish ? "draft" : "published" }] },
        })
        unpublish ? model.unpublished.add(handle) : model.unpublished.delete(handle)
        await attempt(real, "email", () => api.post(`/store/carts/${real.cartId}`, { email: "fuzz@routine.test" }, real.headers), "core")
      })
    )

    const promotionCode = fc.constantFrom("FUZZ10", "FUZZFREE").map((code) =>
      command(`apply promotion ${code}`, async (_m, real) =>
        attempt(real, "promotion", () => api.post(`/store/carts/${real.cartId}/promotions`, { promo_codes: [code] }, real.headers), "core")
      )
    )
    const merchantOffer = fc
      .record({ offer: fc.constantFrom(...OFFERS), racingAdd: fc.boolean() })
      .map(({ offer, racingAdd }) =>
        command(
          `merchant sets a ${offer.discount_type} offer (${offer.promotion_policy})${racingAdd ? " while the shopper adds" : ""}`,
          async (model, real) => {
            // Seen before it is written: an add racing it may already be priced under it.
            model.offers.push(seen(offer))
            const change = attempt(real, "offer", () => api.post(`/admin/routines/${routineId}`, offer, admin))
            const add = racingAdd
              ? attempt(real, "add", () => client(real).cart.addBundle(real.cartId, { routine_id: ROUTINE }))
              : Promise.resolve()
            await Promise.all([change, add])
          }
        )
      )
    const merchantCandidate = fc.nat().map((index) =>
      command(`merchant takes candidate #${index} off the microbiome step, or puts it back`, async (model, real) => {
        const product = microbiome.products[index % microbiome.products.length]
        const back = model.removedCandidates.has(product)
        // A step keeps at least one product: the last one stays.
        if (!back && model.removedCandidates.size >= microbiome.products.length - 1) return
        const body = back ? { add: [{ product_id: product }] } : { remove: [product] }
        await attempt(real, "candidates", () => api.post(`/admin/routines/${routineId}/steps/${microbiome.id}/products`, body, admin))
        back ? model.removedCandidates.delete(product) : model.removedCandidates.add(product)
      })
    )
    const merchantPublish = fc.constant(
      command("merchant unpublishes the routine, or publishes it again", async (model, real) => {
        const status = model.routineDraft ? "published" : "draft"
        await attempt(real, "routine status", () => api.post(`/admin/routines/${routineId}`, { status }, admin))
        model.routineDraft = !model.routineDraft
      })
    )
    const endLoyalPrices = fc.constantFrom("group", "price list").map((what) =>
      command(
        `merchant deletes the loyal customers' ${what}, then the shopper changes their email`,
        async (model, real) => {
          const url = what === "group" ? `/admin/customer-groups/${loyalPrices.group}` : `/admin/price-lists/${loyalPrices.priceList}`
          await attempt(real, `delete ${what}`, () => api.delete(url, admin))
          model.loyalPricesGone = true
          model.staleLoyalPrices = model.loyal
          await attempt(real, "email", () => api.post(`/store/carts/${real.cartId}`, { email: "fuzz@routine.test" }, real.headers), "core")
        },
        (model) => !model.loyalPricesGone
      )
    )
    const deleteSymptom = fc.constantFrom(...SYMPTOMS).map((handle) =>
      command(
        `merchant deletes the symptom ${handle}`,
        async (model, real) => {
          await attempt(real, "delete symptom", () => api.delete(`/admin/symptoms/${symptoms[handle].id}`, admin))
          model.deletedSymptoms.add(handle)
        },
        (model) => !model.deletedSymptoms.has(handle)
      )
    )

    /** Puts back what the merchant's commands changed: every run starts from the same store. */
    const restore = async (model: Model) => {
      await updateProductsWorkflow(getContainer()).run({
        input: { products: [...model.unpublished].map((h) => ({ id: seeded.products.find((p) => p.handle === h)!.id, status: "published" as const })) },
      })
      await api.post(`/admin/routines/${routineId}`, { ...initialOffer, status: "published" }, admin)
      if (model.removedCandidates.size) {
        await api.post(
          `/admin/routines/${routineId}/steps/${microbiome.id}/products`,
          { add: [...model.removedCandidates].map((product_id) => ({ product_id })) },
          admin
        )
        // Back in their seeded order, with their default.
        await api.post(`/admin/routines/${routineId}/steps/${microbiome.id}/products`, { update: microbiome.seeded }, admin)
      }
      if (model.loyalPricesGone) {
        // Only its price list may be gone: the group goes too (group names are unique), then both come back.
        await api.delete(`/admin/customer-groups/${loyalPrices.group}`, admin).catch((e: any) => {
          if (e?.response?.status !== 404) throw e
        })
        loyalPrices = await loyalGroup()
      }
      for (const handle of model.deletedSymptoms) {
        const { id: _gone, products, ...symptom } = symptoms[handle]
        const { data } = await api.post("/admin/symptoms", { handle, ...symptom }, admin)
        await api.post(`/admin/symptoms/${data.symptom.id}/products`, { add: products }, admin)
        symptoms[handle] = { ...symptoms[handle], id: data.symptom.id }
      }
    }

    it(`keeps every cart honest over random sequences of shopper and merchant commands (${RUNS} runs, seed ${SEED})`, async () => {
      let runs = 0
      await fc.assert(
        fc.asyncProperty(
          fc.commands(
            [
              addBundle, addBundle, editBundle, removeBundle, coreAdd, coreUpdate, coreUpdate, coreDelete,
              changeRegion(false), changeRegion(true), concurrentAdds, promotionCode, logIn, togglePublished,
              merchantOffer, merchantOffer, merchantCandidate, merchantPublish, endLoyalPrices, deleteSymptom,
            ],
            { maxCommands: 10 }
          ),
          async (commands) => {
            runs++
            const { data } = await api.post("/store/carts", { region_id: regionOf(seeded, "eur").id }, seeded.storeHeaders)
            const model: Model = {
              currency: "eur",
              loyal: false,
              loyalPricesGone: false,
              staleLoyalPrices: false,
              deletedSymptoms: new Set(),
              unpublished: new Set(),
              offers: [seen(initialOffer)],
              removedCandidates: new Set(),
              routineDraft: false,
            }
            const real: Real = { cartId: data.cart.id, headers: seeded.storeHeaders, log: [] }
            try {
              await fc.asyncModelRun(() => ({ model, real }), commands)
            } finally {
              await restore(model)
            }
          }
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: process.env.FUZZ_SHRINK !== "1" }
      )
      expect(runs).toBeGreaterThanOrEqual(RUNS)
      console.log(`${runs} runs; requests by outcome:\n${[...tally].sort().map(([k, n]) => `${k}: ${n}`).join("\n")}`)
    })
  },
})
