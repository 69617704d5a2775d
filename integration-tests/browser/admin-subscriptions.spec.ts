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
const EMAILS = ["alice", "bob", "carol", "dave"].map((name) => `${name}${DOMAIN}`)

describe("admin: subscriptions", () => {
  let server: MedusaServer
  let browser: AdminBrowser
  let page: Page
  let admin: Api
  let seed: SubscriptionSeedInput
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

    await act("Cancel subscription")
    const prompt = page.getByRole("alertdialog")
    await prompt.getByText("Cancel this subscription?").waitFor()
    await prompt.getByRole("button", { name: "Cancel subscription" }).click()
    await status().getByText("Cancelled").waitFor()
    await page.getByTestId("subscription-next-renewal").getByText("None: cancelled").waitFor()
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
