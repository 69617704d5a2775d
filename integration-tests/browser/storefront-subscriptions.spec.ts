import path from "path"
import type { Page } from "playwright-core"
import type { RoutineBundleChoice, RoutineQuote, RoutineSubscription, RoutineSubscriptionRefill, StoreRoutine } from "../../src/types"
import { formatDate } from "../../storefront/src/lib/i18n"
import { formatAmount } from "../../storefront/src/modules/routine-bundles/lib/money"
import { eventually } from "../helpers/eventually"
import { screenshotsDir } from "../helpers/screenshots"
import { adminApi, customerApi, storeApi, type Api } from "./helpers/api"
import { startMedusaServer, type MedusaServer } from "./helpers/medusa-server"
import { buildStorefront, publishableKey, startStorefront, type Storefront } from "./helpers/storefront"
import { DESKTOP, openStorefrontBrowser, seriousA11yViolations, type StorefrontBrowser } from "./helpers/storefront-browser"
import { cartBundleOn, fillCheckout, finderOn } from "./helpers/storefront-shopper"

// Bounds a hang: each wait inside has its own limit (helpers/storefront-browser.ts).
jest.setTimeout(300_000)

const ROUTINE = "barrier-restoration"
const ROUTINE_TITLE = "Barrier Restoration Routine"
// What the merchandiser offers subscribers in this suite.
const INTERVALS = [4, 6, 8]
const EXTRA_PERCENTAGE = 5
const SHOPPER = { first_name: "Mari", last_name: "Tellija", email: "mari@routine.test", password: "a long secret" }
const SUBSCRIPTIONS = "/store/customers/me/routine-subscriptions"
// The demo seed's subscriber (src/scripts/seed/subscriber.ts), with a renewal history.
const DEMO_SUBSCRIBER = { email: "subscriber@example.com", password: "supersecret" }

/**
 * A shopper subscribes in the finder, signs up at checkout (a subscription
 * needs an account), pays, and manages the subscription in their account:
 * skip, interval, pause, resume, the skin check-in (previewed before it is
 * saved), a product swapped, renew now, cancel. Every figure
 * checked is the store API's, read the way the page reads it.
 */
describe("storefront: subscribe to the routine and manage the subscription", () => {
  let server: MedusaServer
  let storefront: Storefront
  let browser: StorefrontBrowser
  let admin: Api
  let store: Api
  let customer: Api
  let page: Page
  let regionId: string
  let subscriptionId: string
  const pageErrors: string[] = []

  const money = (amount: number) => formatAmount(amount, "eur")
  const quote = async (choice: RoutineBundleChoice): Promise<RoutineQuote> =>
    (await store.post(`/store/routines/${ROUTINE}/quote`, { region_id: regionId, ...choice })).quote
  const subscription = async (): Promise<RoutineSubscription> =>
    (await customer.get(`${SUBSCRIPTIONS}/${subscriptionId}`)).routine_subscription
  const refill = async (): Promise<RoutineSubscriptionRefill> => (await customer.get(`${SUBSCRIPTIONS}/${subscriptionId}/refill`)).refill
  const manage = () => page.getByRole("region", { name: "Manage" })
  /** The page's "Your next refill" section (the check-in's preview shows a refill too). */
  const nextRefill = () => page.getByTestId("subscription-refill")
  const refillLine = (handle: string) => nextRefill().locator(`[data-testid="refill-line"][data-step-handle="${handle}"]`)
  const refillTotalShows = (amount: string) => nextRefill().getByTestId("refill-total").getByText(amount, { exact: true }).waitFor()
  /** The customer's orders as the merchant sees them, newest first. */
  const ordersOf = async (customerId: string) =>
    (await admin.get(`/admin/orders?customer_id=${customerId}&fields=id,display_id,total,items.variant_id&order=-created_at`)).orders as {
      id: string
      display_id: number
      total: number
      items: { variant_id: string }[]
    }[]
  const statusIs = (status: string) => page.getByTestId("subscription-page").getByTestId("subscription-status").getByText(status, { exact: true }).waitFor()
  const done = (text: string) => page.getByTestId("subscription-done").getByText(text, { exact: true }).waitFor()

  beforeAll(async () => {
    ;[server] = await Promise.all([startMedusaServer(), buildStorefront()])
    admin = await adminApi(server.url)
    store = await storeApi(server.url, admin)
    const { regions } = await store.get("/store/regions")
    regionId = regions.find((r: { currency_code: string }) => r.currency_code === "eur").id
    const { routine } = await store.get(`/store/routines/${ROUTINE}?region_id=${regionId}`)
    await admin.post(`/admin/routines/${routine.id}`, {
      subscriptions_enabled: true,
      subscription_interval_weeks: INTERVALS,
      subscription_discount_percentage: EXTRA_PERCENTAGE,
    })
    storefront = await startStorefront(server.url, await publishableKey(admin))
    browser = await openStorefrontBrowser()
    page = await browser.newShopper(DESKTOP)
    page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  }, 900_000)

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
    await server?.stop()
  })

  it("the finder offers once or a refill every 4, 6 or 8 weeks with each refill's price, and adds the subscription; the cart switches it", async () => {
    const once = await quote({})
    const subscribed = await quote({ subscription_interval_weeks: 6 })
    expect(once.subscription).toMatchObject({ interval_weeks: INTERVALS, discount_percentage: EXTRA_PERCENTAGE })
    expect(subscribed.total).toBe(subscribed.subscription!.total)
    expect(subscribed.total).toBeLessThan(once.total)

    await page.goto(storefront.url)
    const finder = finderOn(page)
    await finder.showsTotal(money(once.total))
    const how = finder.root.getByRole("radiogroup", { name: "How would you like it?" })
    expect(await how.getByRole("radio").count()).toBe(1 + INTERVALS.length)
    expect(await how.getByRole("radio", { name: /^Once/ }).isChecked()).toBe(true)
    for (const weeks of INTERVALS) {
      const option = how.getByRole("radio", { name: new RegExp(`^Every ${weeks} weeks`) })
      expect(await option.isChecked()).toBe(false)
      expect(await option.evaluate((radio) => radio.closest("label")!.textContent)).toContain(
        `${money(once.subscription!.total)} each refill, ${EXTRA_PERCENTAGE} % more off`
      )
    }

    await how.getByRole("radio", { name: /^Every 6 weeks/ }).check()
    await finder.showsTotal(money(subscribed.total))
    expect(await finder.root.getByTestId("subscription-note").textContent()).toContain(
      `a refill every 6 weeks, ${money(subscribed.subscription!.total)} each`
    )
    expect(await seriousA11yViolations(page)).toEqual([])
    await finder.addToCart()
    await page.waitForURL(/\/cart$/)

    const cart = cartBundleOn(page)
    await cart.showsTotal(money(subscribed.total))
    const badge = cart.group.getByTestId("bundle-subscription")
    expect(await badge.textContent()).toBe(`Subscription: a refill every 6 weeks, ${EXTRA_PERCENTAGE} % extra off`)
    // Once, then back: the server prices each switch.
    const often = cart.group.getByLabel(/^How often/)
    await often.selectOption({ label: "Once" })
    await cart.showsTotal(money(once.total))
    await badge.waitFor({ state: "detached" })
    await often.selectOption({ label: "Every 6 weeks" })
    await cart.showsTotal(money(subscribed.total))
    await badge.waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it("checkout asks the signed-out shopper for an account before anything else; they sign up there and pay", async () => {
    await page.getByRole("link", { name: "Go to checkout" }).click()
    await page.waitForURL(/\/checkout$/)
    const account = page.getByTestId("checkout-account")
    await account.waitFor()
    // No way to pay while signed out.
    expect(await page.getByRole("button", { name: "Place order" }).count()).toBe(0)
    expect(await page.getByRole("heading", { name: "1. Contact and delivery" }).count()).toBe(0)
    expect(await seriousA11yViolations(page)).toEqual([])

    const field = (label: string) => page.getByRole("form", { name: "Create an account" }).getByLabel(label, { exact: true })
    await field("First name").fill(SHOPPER.first_name)
    await field("Last name").fill(SHOPPER.last_name)
    await field("Email").fill(SHOPPER.email)
    await field("Password").fill(SHOPPER.password)
    await page.getByRole("button", { name: "Create account" }).click()
    await page.getByRole("heading", { name: "1. Contact and delivery" }).waitFor()
    expect(new URL(page.url()).pathname).toMatch(/\/checkout$/)
    expect(await account.count()).toBe(0)

    const subscribed = await quote({ subscription_interval_weeks: 6 })
    await fillCheckout(page, { ...SHOPPER, address_1: "Ringstrasse 5", postal_code: "1010", city: "Vienna", country: "Austria" })
    await page.getByRole("button", { name: "Place order" }).click()
    await page.waitForURL(/\/order\/[^/]+\/confirmed$/)
    const orderId = new URL(page.url()).pathname.split("/")[3]
    const confirmed = cartBundleOn(page)
    await confirmed.showsTotal(money(subscribed.total))
    expect(await confirmed.group.getByTestId("bundle-subscription").textContent()).toContain("every 6 weeks")

    // Placing the order started the subscription (after the order's event, so a moment later).
    customer = await customerApi(server.url, admin, SHOPPER)
    const created = await eventually(async () => {
      const { routine_subscriptions } = await customer.get(SUBSCRIPTIONS)
      expect(routine_subscriptions).toHaveLength(1)
      return routine_subscriptions[0] as RoutineSubscription
    })
    expect(created).toMatchObject({ status: "active", interval_weeks: 6, order_id: orderId, last_total: subscribed.total })
    subscriptionId = created.id
  })

  it("the account lists the subscription, and its page shows the next refill as the store prices it", async () => {
    const current = await subscription()
    await page.getByTestId("account-link").click()
    const listed = page.getByTestId("subscription")
    await listed.waitFor()
    expect(await listed.count()).toBe(1)
    const text = await listed.textContent()
    for (const shown of [ROUTINE_TITLE, "Every 6 weeks", "Active", formatDate(current.next_renewal_at, "en"), money(current.last_total)]) {
      expect(text).toContain(shown)
    }

    await listed.getByRole("link", { name: `Manage ${ROUTINE_TITLE}` }).click()
    await page.waitForURL(new RegExp(`/account/subscriptions/${subscriptionId}$`))
    const next = await refill()
    await refillTotalShows(money(next.total))
    expect(
      await nextRefill().getByTestId("refill-line").evaluateAll((lines) => lines.map((l) => l.getAttribute("data-step-handle")))
    ).toEqual(next.quote.items.map((i) => i.step.handle))
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it("skips the next refill, changes the interval, pauses and resumes", async () => {
    const before = await subscription()
    await manage().getByRole("button", { name: "Skip the next refill" }).click()
    await done("The next refill is skipped.")
    const skipped = await subscription()
    expect(new Date(skipped.next_renewal_at).getTime()).toBeGreaterThan(new Date(before.next_renewal_at).getTime())
    await page.getByTestId("subscription-interval").getByText(formatDate(skipped.next_renewal_at, "en"), { exact: false }).waitFor()

    await manage().getByLabel("Refill every").selectOption({ label: "Every 8 weeks" })
    await manage().getByRole("button", { name: "Change interval" }).click()
    await done("Saved: it applies from the next refill.")
    expect((await subscription()).interval_weeks).toBe(8)
    await page.getByTestId("subscription-interval").getByText(/^Every 8 weeks/).waitFor()

    await manage().getByRole("button", { name: "Pause" }).click()
    await statusIs("Paused")
    expect((await subscription()).status).toBe("paused")
    await manage().getByRole("button", { name: "Resume" }).click()
    await statusIs("Active")
    expect((await subscription()).status).toBe("active")
  })

  it("the skin check-in shows the refill the ticked signs would give, priced, before anything is saved; saving makes it the next refill", async () => {
    const before = await subscription()
    const current = await refill()
    const pickOf = (r: RoutineSubscriptionRefill) => r.quote.items.find((i) => i.step.handle === "nourish-microbiome")!.product.title
    const checkIn = page.getByTestId("subscription-checkin")
    const preview = checkIn.getByTestId("checkin-preview")
    await checkIn.getByRole("checkbox", { name: "Redness and irritation" }).check()
    await preview.getByText("If you save this answer, your next refill will be:").waitFor()
    await page.locator('[data-testid="checkin-preview"][aria-busy="false"]').waitFor()
    const previewed = {
      steps: await preview.getByTestId("refill-line").evaluateAll((lines) => lines.map((l) => l.getAttribute("data-step-handle"))),
      text: (await preview.textContent())!,
      total: await preview.getByTestId("refill-total").textContent(),
    }
    // Nothing is saved yet: the subscription, its check-ins and its next refill are as they were.
    expect(await subscription()).toEqual(before)
    expect(await refill()).toEqual(current)
    await refillTotalShows(money(current.total))

    await checkIn.getByRole("button", { name: "Save my check-in" }).click()
    const result = checkIn.getByTestId("checkin-result")
    await result.getByText(/^Your new refill:/).waitFor()
    // What the store rebuilt by its rule and saved is what the preview showed: the sign ticked brings the step's product for it.
    const after = await refill()
    const saved = await subscription()
    expect(saved.checkins).toHaveLength((before.checkins ?? []).length + 1)
    expect(saved.checkins![0].symptom_ids_after).toEqual(after.quote.symptoms.map((s) => s.id))
    expect(after.quote.symptoms.map((s) => s.handle)).toEqual(["redness"])
    expect(pickOf(after)).not.toBe(pickOf(current))
    expect(previewed.steps).toEqual(after.quote.items.map((i) => i.step.handle))
    expect(previewed.total).toBe(money(after.total))
    for (const item of after.quote.items) expect(previewed.text).toContain(item.product.title)
    expect(await result.textContent()).toContain(`Your new refill: ${after.quote.items.length} products for ${money(after.total)}.`)
    expect(await result.textContent()).toContain(pickOf(after))
    // Saved, the preview gives way to the answer, and the page's next refill is the new one.
    expect(await preview.getByTestId("refill-line").count()).toBe(0)
    await refillLine("nourish-microbiome").getByText(pickOf(after)).waitFor()
    await refillTotalShows(money(after.total))
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it("swaps a step's product: the next refill shows the new product and its price", async () => {
    const before = await refill()
    const { routine } = (await store.get(`/store/routines/${ROUTINE}?region_id=${regionId}`)) as { routine: StoreRoutine }
    const priceOf = (variant: { calculated_price?: { calculated_amount?: number | null } | null }) => variant.calculated_price?.calculated_amount
    // A step of the refill with another product on sale at another price (the check-in's step is left as it chose).
    const swap = before.quote.items
      .filter((item) => item.step.handle !== "nourish-microbiome")
      .flatMap((item) => {
        const step = routine.steps.find((s) => s.id === item.step.id)!
        const variants = step.products.flatMap((p) => p.variants.map((v) => ({ ...v, product: p.title })))
        const now = variants.find((v) => v.id === item.variant.id)!
        return variants
          .filter((v) => v.id !== now.id && priceOf(v) != null && priceOf(v) !== priceOf(now) && (v.inventory_quantity ?? 1) > 0)
          .map((v) => ({ step, variant: v }))
      })[0]
    expect(swap).toBeDefined()

    await manage().getByLabel(new RegExp(`^Swap: ${swap.step.title}`)).selectOption(swap.variant.id)
    await refillLine(swap.step.handle).getByText(swap.variant.product, { exact: true }).waitFor()
    await done("Saved: it applies from the next refill.")
    // The store keeps the swap and prices the refill with it; the page shows that price.
    expect((await subscription()).choice.selections).toMatchObject({ [swap.step.id]: swap.variant.id })
    const after = await refill()
    const line = after.quote.items.find((i) => i.step.id === swap.step.id)!
    expect([line.variant.id, line.product.title]).toEqual([swap.variant.id, swap.variant.product])
    expect(after.total).not.toBe(before.total)
    expect(await refillLine(swap.step.handle).textContent()).toContain(`${line.quantity} × ${money(line.discounted_unit_price)}`)
    await refillTotalShows(money(after.total))
  })

  it("renews now: the shopper confirms the refill's total, one order is placed with it, and the page lists the renewal's order", async () => {
    const before = await subscription()
    const next = await refill()
    const ordersBefore = await ordersOf(before.customer_id)
    await manage().getByRole("button", { name: "Renew now" }).click()
    const dialog = page.getByRole("alertdialog", { name: "Order your next refill now?" })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain(`We order it now, ${money(next.total)} for its products plus delivery`)
    // Not now orders nothing.
    await dialog.getByRole("button", { name: "Not now" }).click()
    await dialog.waitFor({ state: "detached" })
    expect(await subscription()).toEqual(before)

    await manage().getByRole("button", { name: "Renew now" }).click()
    await dialog.getByRole("button", { name: `Order now for ${money(next.total)}` }).click()
    await done("Your refill is ordered.")

    // One renewal, succeeded, its order the customer's only new one, with the refill's products.
    const renewed = await subscription()
    const [renewal] = renewed.renewals!
    expect(renewal).toMatchObject({ status: "succeeded", due_at: before.next_renewal_at, total: next.total, order_id: expect.stringMatching(/^order_/) })
    expect(renewed.last_total).toBe(next.total)
    expect(new Date(renewed.next_renewal_at).getTime()).toBeGreaterThan(Date.now())
    const ordersAfter = await ordersOf(before.customer_id)
    expect(ordersAfter.map((o) => o.id)).toEqual([renewal.order_id, ...ordersBefore.map((o) => o.id)])
    const [order] = ordersAfter
    expect(order.items.map((i) => i.variant_id).sort()).toEqual(next.quote.items.map((i) => i.variant.id).sort())
    const listed = renewed.orders!.find((o) => o.id === order.id)!
    expect(listed.renewal_id).toBe(renewal.id)

    // The page lists the renewal's order, linked by its number, and the next refill's new date.
    const entry = page.getByTestId("subscription-order").filter({ has: page.getByRole("link", { name: `Order #${order.display_id}` }) })
    await entry.waitFor()
    expect(await entry.textContent()).toContain("Ordered")
    expect(await entry.textContent()).toContain(money(listed.total))
    await page.getByTestId("subscription-interval").getByText(formatDate(renewed.next_renewal_at, "en"), { exact: false }).waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it("the demo's subscriber signs in and finds their subscription, its next refill and the orders its renewals placed", async () => {
    const demo = await browser.newShopper(DESKTOP)
    demo.on("pageerror", (error) => pageErrors.push(`${demo.url()}: ${error.message}`))
    await demo.goto(`${storefront.url}/account`)
    const field = (label: string) => demo.getByRole("form", { name: "Sign in" }).getByLabel(label, { exact: true })
    await field("Email").fill(DEMO_SUBSCRIBER.email)
    await field("Password").fill(DEMO_SUBSCRIBER.password)
    await demo.getByRole("button", { name: "Sign in", exact: true }).click()
    const listed = demo.getByTestId("subscription")
    await listed.waitFor()
    expect(await listed.textContent()).toContain("Every 4 weeks")

    const subscriber = await customerApi(server.url, admin, DEMO_SUBSCRIBER)
    const [{ id }] = (await subscriber.get(SUBSCRIPTIONS)).routine_subscriptions
    const { routine_subscription: seeded } = await subscriber.get(`${SUBSCRIPTIONS}/${id}`)
    const { refill: next } = await subscriber.get(`${SUBSCRIPTIONS}/${id}/refill`)
    await listed.getByRole("link", { name: `Manage ${ROUTINE_TITLE}` }).click()
    await demo.getByTestId("subscription-refill").getByTestId("refill-total").getByText(money(next.total), { exact: true }).waitFor()
    // The order that started it and one per renewal, each linked with its number.
    expect(seeded.orders.length).toBeGreaterThan(1)
    const orders = demo.getByTestId("subscription-order")
    expect(await orders.count()).toBe(seeded.orders.length)
    for (const order of seeded.orders as { display_id: number }[]) {
      await orders.getByRole("link", { name: `Order #${order.display_id}` }).waitFor()
    }
    expect(await seriousA11yViolations(demo)).toEqual([])
    await demo.screenshot({ path: path.join(screenshotsDir(), "storefront-subscription.png"), fullPage: true })
    await demo.context().close()
  })

  it("cancels with a reason; the page and the account show it cancelled", async () => {
    await manage().getByRole("button", { name: "Cancel subscription" }).click()
    const form = page.getByRole("form", { name: "Cancel subscription" })
    await form.getByLabel("Why are you cancelling? (optional)").selectOption({ label: "My skin is better" })
    await form.getByLabel("Anything to add? (optional)").fill("The check-in helped.")
    await form.getByRole("button", { name: "Cancel the subscription" }).click()
    await statusIs("Cancelled")
    expect(await subscription()).toMatchObject({ status: "cancelled", cancel_reason: "skin_improved", cancel_note: "The check-in helped." })
    expect(await page.getByRole("button", { name: "Skip the next refill" }).count()).toBe(0)

    await page.getByRole("link", { name: "Back to your account" }).click()
    await page.getByTestId("subscription").getByTestId("subscription-status").getByText("Cancelled").waitFor()
  })
})
