import type { Page } from "playwright-core"
import { adminApi, type Api } from "./helpers/api"
import { logIn, openAdminBrowser, type AdminBrowser } from "./helpers/browser"
import { expectErrorUnder } from "./helpers/form-errors"
import { startMedusaServer, type MedusaServer } from "./helpers/medusa-server"

// Bounds a hang: each wait inside has its own limit (helpers/browser.ts).
jest.setTimeout(300_000)

describe("admin: a routine's Subscriptions section", () => {
  let server: MedusaServer
  let browser: AdminBrowser
  let page: Page
  let admin: Api
  const pageErrors: string[] = []

  beforeAll(async () => {
    server = await startMedusaServer()
    admin = await adminApi(server.url)
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

  it("switches subscriptions on by keyboard alone, an error under the field it concerns, and shows what is saved", async () => {
    const { routine } = await admin.post("/admin/routines", { title: "Refill Ritual", handle: "refill-ritual" })
    await page.goto(`${server.url}/app/routines/${routine.id}`)
    const section = page.getByTestId("routine-subscriptions")
    await section.getByTestId("subscriptions-enabled").getByText("No, bought once only").waitFor()

    await section.getByRole("button", { name: "Edit subscriptions" }).focus()
    await page.keyboard.press("Enter")
    const dialog = page.getByRole("dialog")
    const toggle = dialog.getByRole("switch", { name: "Sell on subscription" })
    await toggle.focus()
    await page.keyboard.press("Space")
    expect(await toggle.getAttribute("aria-checked")).toBe("true")

    // On without an interval: refused under the intervals field, nothing saved.
    await page.keyboard.press("Control+Enter")
    const intervals = dialog.getByLabel("Intervals (weeks)")
    await expectErrorUnder(intervals, "Enter at least one interval")
    await intervals.fill("8, 4, 4")
    await page.keyboard.press("Control+Enter")
    await expectErrorUnder(intervals, "Each interval once: 4 is there twice.")

    await intervals.fill("8, 4")
    const discount = dialog.getByLabel("Extra discount (%)")
    await discount.fill("100")
    await page.keyboard.press("Control+Enter")
    await expectErrorUnder(discount, "Enter less than 100")
    await discount.fill("10")
    await page.keyboard.press("Control+Enter")

    await section.getByTestId("subscription-intervals").getByText("Every 4 or 8 weeks").waitFor()
    await section.getByTestId("subscription-discount").getByText("10 % off the offer's price").waitFor()
    await section.getByTestId("subscriptions-enabled").getByText("Yes").waitFor()
    const saved = (await admin.get(`/admin/routines/${routine.id}`)).routine
    expect(saved).toMatchObject({
      subscriptions_enabled: true,
      subscription_interval_weeks: [4, 8],
      subscription_discount_percentage: 10,
    })
  })
})
