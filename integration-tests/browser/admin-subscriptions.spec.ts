import type { Page } from "playwright-core"
import { databaseUrl, medusaEnv, runMedusa } from "../helpers/medusa-process"
import { adminApi, placeRoutineOrder, storeApi, type Api } from "./helpers/api"
import { logIn, openAdminBrowser, type AdminBrowser } from "./helpers/browser"
import { expectErrorUnder } from "./helpers/form-errors"
import { saveScreenshot } from "./helpers/screenshot"
import { startMedusaServer, type MedusaServer } from "./helpers/medusa-server"
import type { SubscriptionSeedInput } from "./helpers/seed-subscriptions"

// Bounds a hang: each wait inside has its own limit (helpers/browser.ts).
jest.setTimeout(300_000)

// The suite's own subscribers: the list is read for these alone, so a demo seed's subscriber changes nothing here.
const DOMAIN = "@subscriptions.test"
const EMAILS = ["alice", "bob", "carol", "dave", "erin", "frank"].map((name) => `${name}${DOMAIN}`)

describe("admin: subscriptions", () => {
  let server: MedusaServer
  let browser: AdminBrowser
  let page: Page
  let admin: Api
  let seed: SubscriptionSeedInput
  let routineId: string
  const pageErrors: string[] = []

  const goto = (pathname: string) => page.goto(`${server.url}/app${pathname}`)
  // The list shows exactly these of the suite's customers (it re-reads after each filter).
  const expectCustomers = async (emails: string[]) => {
    await page.waitForFunction(
      ({ expected, domain }) =>
        [...document.querySelectorAll("tbody tr td:first-child")]
          .map((cell) => cell.textContent?.trim() ?? "")
          .filter((email) => email.endsWith(domain))
          .sort()
          .join() === expected,
      { expected: [...emails].sort().join(), domain: DOMAIN }
    )
  }
  const pick = async (label: string, option: string) => {
    await page.getByLabel(label, { exact: true }).click()
    await page.getByRole("option", { name: option, exact: true }).click()
  }
  const act = async (action: string) => {
    await page.getByRole("button", { name: "Subscription actions" }).click()
    await page.getByRole("menuitem", { name: action }).click()
  }
  const status = () => page.getByTestId("subscription-status")

  beforeAll(async () => {
    server = await startMedusaServer()
    admin = await adminApi(server.url)
    const store = await storeApi(server.url, admin)
    const { regions } = await admin.get("/admin/regions?fields=id,currency_code")
    const eur = regions.find((r: { currency_code: string }) => r.currency_code === "eur").id
    const { routines } = await admin.get("/admin/routines?q=Barrier&fields=id")
    routineId = routines[0].id
    const [started, renewal] = [
      await placeRoutineOrder(store, { regionId: eur, routineId: routines[0].id, symptoms: ["redness"] }),
      await placeRoutineOrder(store, { regionId: eur, routineId: routines[0].id, symptoms: ["redness"] }),
    ]
    const { routine: second } = await admin.post("/admin/routines", { title: "Night Repair", handle: "night-repair" })
    seed = { started_order_id: started.id, renewal_order_id: renewal.id, second_routine_id: second.id }
    await runMedusa(
      ["exec", "./integration-tests/browser/helpers/seed-subscriptions.ts", JSON.stringify(seed)],
      medusaEnv({ DATABASE_URL: databaseUrl(server.databaseName), MEDUSA_FF_RBAC: "true" })
    )
    browser = await openAdminBrowser()
    page = browser.page
    page.on("pageerror", (error) => pageErrors.push(error.message))
    await logIn(page, server.url)
  }, 600_000)

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it("lists the subscriptions and filters them by routine, status, next renewal and email, the filters kept in the address", async () => {
    await goto("/routine-subscriptions")
    await expectCustomers(EMAILS)
    await saveScreenshot(page, "admin-subscriptions")

    await pick("Status", "Needs action")
    await expectCustomers(["bob@subscriptions.test"])
    expect(new URL(page.url()).searchParams.get("status")).toBe("needs_action")
    await page.getByRole("button", { name: "Clear filters" }).click()
    await expectCustomers(EMAILS)

    await pick("Routine", "Night Repair")
    await expectCustomers(["dave@subscriptions.test"])
    await page.reload()
    await expectCustomers(["dave@subscriptions.test"])
    await page.getByRole("button", { name: "Clear filters" }).click()

    // Next renewals in January 2027: Alice's on the 10th and Bob's on the 20th.
    await page.getByLabel("Renews from").fill("2027-01-01")
    await page.getByLabel("Renews until").fill("2027-01-31")
    await expectCustomers(["alice@subscriptions.test", "bob@subscriptions.test"])
    await page.getByRole("button", { name: "Clear filters" }).click()

    await page.getByPlaceholder("Search by email").fill("carol")
    await expectCustomers(["carol@subscriptions.test"])
    await page.getByRole("button", { name: "Clear filters" }).click()
    await expectCustomers(EMAILS)
  })

  it("shows a failed subscription's reason in words, with its failed renewal", async () => {
    await goto("/routine-subscriptions?status=needs_action")
    await page.getByRole("link", { name: "bob@subscriptions.test" }).click()
    const failure = page.getByTestId("subscription-failure")
    await failure.getByText("Renewals stopped: The payment provider refused the saved payment method.").waitFor()
    await failure.getByText("Card declined.").waitFor()
    const renewal = page.getByTestId("subscription-renewals").locator("tbody tr")
    await renewal.getByText("Failed").waitFor()
    await renewal.getByText(/The payment provider refused the saved payment method\. Card declined\./).waitFor()
    await page.getByTestId("subscription-choice").getByText("Gentle cleansing").waitFor()
    await saveScreenshot(page, "admin-subscription-needs-action")
  })

  it("shows a subscription's refill, renewals with their orders and check-ins; pauses, resumes, changes its schedule (an error under its field) and cancels it", async () => {
    await goto("/routine-subscriptions")
    await page.getByRole("link", { name: "alice@subscriptions.test" }).click()
    await page.getByRole("heading", { name: "alice@subscriptions.test" }).waitFor()
    await page.getByTestId("subscription-interval").getByText("Every 4 weeks").waitFor()
    await page.getByTestId("subscription-next-renewal").getByText(/^Jan 10, 2027, 9:00\sAM$/).waitFor()
    await page.getByTestId("subscription-choice").getByText("Redness and irritation").waitFor()
    await page.getByTestId("subscription-choice").getByText("Gentle cleansing").waitFor()
    // The renewal's order links to the order's page; the check-in says what changed.
    const orderLink = page.getByTestId("subscription-renewals").locator("tbody").getByRole("link")
    expect(await orderLink.getAttribute("href")).toBe(`/app/orders/${seed.renewal_order_id}`)
    await page.getByTestId("subscription-checkins").getByText(/^Gone: /).waitFor()
    expect(await page.getByTestId("subscription-started-by").getByRole("link").getAttribute("href")).toBe(`/app/orders/${seed.started_order_id}`)
    await saveScreenshot(page, "admin-subscription")

    await status().getByText("Active").waitFor()
    await act("Pause")
    await status().getByText("Paused").waitFor()
    await act("Resume")
    await status().getByText("Active").waitFor()

    // The schedule: a day in the past is refused under its field; a later one saves.
    await act("Change schedule")
    const day = page.getByRole("dialog").getByLabel("Next renewal")
    await day.fill("2026-01-05")
    await page.getByRole("dialog").getByRole("button", { name: "Save" }).click()
    await expectErrorUnder(day, "The next renewal cannot be in the past")
    await day.fill("2030-06-15")
    await page.getByRole("dialog").getByRole("button", { name: "Save" }).click()
    await page.getByRole("dialog").waitFor({ state: "hidden" })
    await page.getByTestId("subscription-next-renewal").getByText(/^Jun 15, 2030, 9:00\sAM$/).waitFor()

    // Cancelled with the reason the shopper gave on the phone, and a note: both shown, both stored.
    await act("Cancel subscription")
    const drawer = page.getByRole("dialog")
    await pick("Reason", "Skin improved")
    await drawer.getByLabel("Note").fill("Called the shop: her skin is clear.")
    await drawer.getByRole("button", { name: "Cancel subscription" }).click()
    await drawer.waitFor({ state: "hidden" })
    await status().getByText("Cancelled").waitFor()
    await page.getByTestId("subscription-next-renewal").getByText("None: cancelled").waitFor()
    await page.getByTestId("subscription-cancelled").getByText(/ · Skin improved · "Called the shop: her skin is clear\."$/).waitFor()
    const { routine_subscriptions } = await admin.get("/admin/routine-subscriptions?q=alice")
    expect(routine_subscriptions).toEqual([
      expect.objectContaining({ status: "cancelled", cancel_reason: "skin_improved", cancel_note: "Called the shop: her skin is clear." }),
    ])
  })

  describe("renew now", () => {
    const money = (amount: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(amount)
    const instant = (iso: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso))
    const orderCount = async () => (await admin.get("/admin/orders?fields=id&limit=1")).count as number
    const subscriptionOf = async (name: string) => {
      const { routine_subscriptions: [found] } = await admin.get(`/admin/routine-subscriptions?q=${name}`)
      return (await admin.get(`/admin/routine-subscriptions/${found.id}`)).routine_subscription
    }
    /** The subscription as it is now, its page open. */
    const openSubscriptionOf = async (name: string) => {
      const subscription = await subscriptionOf(name)
      await goto(`/routine-subscriptions/${subscription.id}`)
      await page.getByRole("heading", { name: subscription.email }).waitFor()
      return subscription
    }
    const result = () => page.getByTestId("subscription-renew-result")
    const prompt = () => page.getByRole("alertdialog")
    /** Today's refill as the admin route prices it: the total the prompt must state and the order charge. */
    const refillOf = async (id: string) => (await admin.get(`/admin/routine-subscriptions/${id}/refill`)).refill
    const charges = (email: string, total: number) => `charges ${email}'s saved payment method ${money(total)}, today's price`
    /** Opens renew now and waits for the prompt to say each of these. */
    const askRenewNow = async (...says: string[]) => {
      await act("Renew now")
      for (const text of says) await prompt().getByText(text, { exact: false }).waitFor()
    }
    const confirm = () => prompt().getByRole("button", { name: "Renew now" }).click()
    /**
     * The seeded last refill (€52.20) is cheaper than today's beyond the store's 10 % threshold: the prompt says
     * today's total and change, and that the shopper is told first; confirmed, nothing is ordered and the shopper is told.
     */
    const toldOfPriceRise = async (subscription: { id: string; email: string }) => {
      const refill = await refillOf(subscription.id)
      expect(refill.change_percentage).toBeGreaterThan(refill.notice_threshold_percentage)
      await askRenewNow(
        `${charges(subscription.email, refill.total)} (+${refill.change_percentage}% since the last order, ${money(52.2)}).`,
        "the shopper has not been told: renewing tells them first and orders nothing."
      )
      await confirm()
      await result().getByText("Not renewed, nothing was ordered:").waitFor()
      await result().getByText(/^the price moved beyond the store's notice threshold since the last refill, so the shopper has been told of it first/).waitFor()
      return refill
    }
    /** A second prompt, after the first closed: it says each of these. */
    const askedAgain = async (...says: string[]) => {
      for (const text of says) await prompt().getByText(text, { exact: false }).waitFor()
    }
    /** The totals of the routine bundles an order was bought with (recorded just after the order is placed). */
    const bundleTotals = async (orderId: string) => {
      for (let tries = 0; ; tries++) {
        const { routine_bundles } = await admin.get(`/admin/orders/${orderId}/routine-bundles`)
        if (routine_bundles.length || tries === 20) return routine_bundles.map((b: { total: number }) => b.total)
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
    /** The routine's subscription discount, set through the admin API (the refill's price moves with it). */
    const setSubscriptionDiscount = (percentage: number) => admin.post(`/admin/routines/${routineId}`, { subscription_discount_percentage: percentage })

    it("a price rise the shopper was not told of is told first and nothing is ordered; renewed again at the total the prompt states (asked again when it moved meanwhile), the order is placed once, charged it, and linked", async () => {
      const ordersBefore = await orderCount()
      const before = await openSubscriptionOf("erin")

      const refill = await toldOfPriceRise(before)
      const told = await subscriptionOf("erin")
      expect(told.price_notice).toEqual(expect.objectContaining({ previous_total: 52.2, next_total: refill.total }))
      // The renewal waits for its date (or a renew now), unordered.
      expect(told.renewals).toEqual([expect.objectContaining({ due_at: before.next_renewal_at, status: "pending", order_id: null })])
      expect(await orderCount()).toBe(ordersBefore)
      const total = money(refill.total)
      await page.getByTestId("subscription-price-notice").getByText(new RegExp(`^The next refill costs ${total.replace(/[.$]/g, "\\$&")} instead of`)).waitFor()

      // Told, the merchant confirms the same total; the price moves before it is ordered (the subscription discount
      // one point up): nothing is ordered at the old total, and the prompt asks again with today's.
      await askRenewNow(charges(before.email, refill.total), `that it costs ${total}`)
      const { routine } = await admin.get(`/admin/routines/${routineId}?fields=subscription_discount_percentage`)
      await setSubscriptionDiscount(routine.subscription_discount_percentage + 1)
      let moved: { total: number }
      try {
        moved = await refillOf(before.id)
        expect(moved.total).toBeLessThan(refill.total)
        await confirm()
        await askedAgain(`The price changed since you were shown ${total}: nothing was ordered.`, charges(before.email, moved.total))
        expect(await orderCount()).toBe(ordersBefore)
        await confirm()
        await result().getByText(/^Renewal placed: Order #\d+, /).waitFor()
      } finally {
        await setSubscriptionDiscount(routine.subscription_discount_percentage)
      }
      const after = await subscriptionOf("erin")
      expect(after.renewals).toEqual([
        expect.objectContaining({ due_at: before.next_renewal_at, status: "succeeded", order_id: expect.stringMatching(/^order_/), total: moved.total }),
      ])
      const [renewal] = after.renewals
      expect(await orderCount()).toBe(ordersBefore + 1)
      const placed = after.orders.find((o: { id: string }) => o.id === renewal.order_id)
      expect(placed).toEqual(expect.objectContaining({ renewal_id: renewal.id }))
      expect(after).toEqual(expect.objectContaining({ status: "active", price_notice: null, last_total: moved.total }))
      expect(new Date(after.next_renewal_at).getTime()).toBeGreaterThan(Date.now())
      // The order charged the refill the prompt stated: its bundle's total.
      expect(await bundleTotals(renewal.order_id)).toEqual([moved.total])

      // The page names the order, linked, with what it charged; the renewals list it too.
      await result().getByText(`Renewal placed: Order #${placed.display_id}, ${money(moved.total)}.`).waitFor()
      await result().getByText(`The next renewal is ${instant(after.next_renewal_at)}.`).waitFor()
      expect(await result().getByRole("link").getAttribute("href")).toBe(`/app/orders/${renewal.order_id}`)
      const row = page.getByTestId("subscription-renewals").locator("tbody tr").first()
      await row.getByText("Ordered").waitFor()
      expect(await row.getByRole("link").getAttribute("href")).toBe(`/app/orders/${renewal.order_id}`)
      await page.getByTestId("subscription-price-notice").waitFor({ state: "detached" })
    })

    it("a renewal that fails says why in words and when it is tried again, and orders nothing", async () => {
      const ordersBefore = await orderCount()
      const before = await openSubscriptionOf("frank")

      const refill = await toldOfPriceRise(before)
      await askRenewNow(charges(before.email, refill.total), `that it costs ${money(refill.total)}`)
      await confirm()
      await result().getByText("Not renewed: The payment provider refused the saved payment method.").waitFor()
      const after = await subscriptionOf("frank")
      expect(after.renewals).toEqual([
        expect.objectContaining({ due_at: before.next_renewal_at, status: "pending", attempts: 1, failure_reason: "payment_failed", order_id: null, retry_at: expect.any(String) }),
      ])
      const [renewal] = after.renewals
      await result().getByText(renewal.failure_message).waitFor()
      await result().getByText(`It is tried again ${instant(renewal.retry_at)}.`).waitFor()
      expect(after).toEqual(expect.objectContaining({ status: "active", last_failure_reason: "payment_failed", next_renewal_at: before.next_renewal_at }))
      expect(await orderCount()).toBe(ordersBefore)
      const row = page.getByTestId("subscription-renewals").locator("tbody tr").first()
      await row.getByText("Pending").waitFor()
      await row.getByText(/^The payment provider refused the saved payment method\./).waitFor()
    })
  })

  it("names the subscription on the order a renewal placed, linked to it", async () => {
    await goto(`/orders/${seed.renewal_order_id}`)
    const line = page.getByTestId("order-routine-subscription")
    await line.getByText(/^The renewal due Dec 13, 2026, 9:00\sAM of/).waitFor()
    await line.getByRole("link", { name: "Barrier Restoration Routine, every 4 weeks" }).click()
    await page.getByRole("heading", { name: "alice@subscriptions.test" }).waitFor()
  })

  it("adds the subscription figures to Routine performance", async () => {
    await goto("/routine-performance")
    // The cards say what the API computes (its figures are checked by hand in admin-subscription-figures.spec.ts).
    const { subscriptions } = await admin.get("/admin/routine-analytics?currency_code=eur")
    const card = (label: string) =>
      page.getByTestId("analytics-subscriptions").getByTestId("analytics-subscription-figure").filter({ hasText: label })
    const active = card("Active subscriptions (now)")
    await active.getByText(String(subscriptions.active), { exact: true }).waitFor()
    await active.getByText(`${subscriptions.paused} paused · ${subscriptions.needs_action} ${subscriptions.needs_action === 1 ? "needs" : "need"} action`).waitFor()
    const monthly = new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(subscriptions.recurring_revenue_monthly)
    await card("Recurring revenue per month (EUR, now)").getByText(monthly, { exact: true }).waitFor()
    // Bob's and Carol's count, Alice's was cancelled above: the suite's Dave is among the active.
    expect(subscriptions.active).toBeGreaterThanOrEqual(1)
    expect(subscriptions.paused).toBeGreaterThanOrEqual(1)
  })
})
