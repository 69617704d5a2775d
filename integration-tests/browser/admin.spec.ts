import { readFileSync } from "fs"
import path from "path"
import type { Locator, Page } from "playwright-core"
import { eventually } from "../helpers/eventually"
import { screenshotsDir } from "../helpers/screenshots"
import { adminApi, placeRoutineOrder, storeApi, type Api } from "./helpers/api"
import { logIn, openAdminBrowser, type AdminBrowser } from "./helpers/browser"
import { expectErrorUnder } from "./helpers/form-errors"
import { saveScreenshot } from "./helpers/screenshot"
import { startMedusaServer, type MedusaServer } from "./helpers/medusa-server"
import { USERS } from "./helpers/users"

// Bounds a hang: each wait inside has its own limit (helpers/browser.ts).
jest.setTimeout(300_000)

// The routine a merchandiser builds in the test, step by step.
const ROUTINE = { title: "Calm Skin Starter", handle: "calm-skin-starter" }
const STEPS = [
  { title: "Cleanse", handle: "cleanse", products: ["Moisturising Cleansing Milk"] },
  {
    title: "Treat",
    handle: "treat",
    products: ["Bio-Klinik Probiotic Aloe Gel", "Bio-Klinik Moisture-lock Toner"],
  },
  { title: "Protect", handle: "protect", products: ["Arctic Face Cream"] },
]
// The order after the test's moves: "Protect" ends up before "Treat".
const REORDERED = ["cleanse", "protect", "treat"]

describe("admin: routine curation", () => {
  let server: MedusaServer
  let browser: AdminBrowser
  let page: Page
  let admin: Api
  let store: Api
  const pageErrors: string[] = []

  const goto = (pathname: string) => page.goto(`${server.url}/app${pathname}`)
  const screenshot = (name: string, on: Page = page) => saveScreenshot(on, name)
  const dialog = () => page.getByRole("dialog")
  const confirmPrompt = async (button: string, key?: "Enter") => {
    const prompt = page.getByRole("alertdialog")
    const confirm = prompt.getByRole("button", { name: button })
    await (key ? confirm.press(key) : confirm.click())
    await prompt.waitFor({ state: "hidden" })
  }
  const stepItem = (handle: string) =>
    page.locator(`[data-testid="routine-step"][data-step-handle="${handle}"]`)
  const stepHandles = () =>
    page
      .getByTestId("routine-step")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-step-handle")))
  // Waits for the steps to show in this order and for the order to be saved.
  const waitForStepOrder = async (handles: string[]) => {
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('[data-testid="routine-step"]')]
          .map((item) => item.getAttribute("data-step-handle"))
          .join() === expected,
      handles.join()
    )
    await page.locator('ul[aria-label="Steps"][aria-busy="false"]').waitFor()
  }
  const pickOption = async (trigger: Locator, option: string) => {
    await trigger.click()
    await page.getByRole("option", { name: option }).click()
  }
  // A select opened with Enter, its option chosen with Enter.
  const pickOptionByKeyboard = async (trigger: Locator, option: string) => {
    await trigger.press("Enter")
    await page.getByRole("option", { name: option }).press("Enter")
    await page.getByRole("listbox").waitFor({ state: "hidden" })
  }
  // dnd-kit measures where the items are in the frames after the pick-up; an arrow pressed before
  // that moves nothing (a fresh clone's quick run lost a drag that way). So the arrow is pressed again
  // until the move is announced; an announcement stays until the next one, so none is missed.
  const dragOver = (key: "ArrowUp" | "ArrowDown", announcement: string) =>
    eventually(
      async () => {
        await page.keyboard.press(key)
        await page.getByText(announcement).waitFor({ state: "attached", timeout: 3_000 })
      },
      { timeoutMs: 30_000 }
    )
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement)
  const money = (amount: number, currency = "EUR") => new Intl.NumberFormat("en-US", { style: "currency", currency }).format(amount)
  /** The headline cards show the API's figures: bundles at each stage with units beside, money in its currency, the period before. */
  const expectFigures = async (cards: Locator, { routine_id, totals, orders, previous }: Record<string, any>, currency: string) => {
    const card = (label: string) => cards.getByTestId("analytics-figure").filter({ has: page.getByText(label, { exact: true }) })
    const visits = card("Finder visits with a quote")
    await visits.getByText(String(totals.quotes), { exact: true }).waitFor()
    await visits.getByText(`${totals.quote_requests} quotes asked (each tick re-quotes)`).waitFor()
    await visits.getByText(`Previous 30 days: ${previous.totals.quotes}`).waitFor()
    await card("Bundles added").getByText(String(totals.bundles_added), { exact: true }).waitFor()
    const ordered = card("Bundles ordered")
    await ordered.getByText(String(totals.bundles_ordered), { exact: true }).waitFor()
    await ordered.getByText(new RegExp(`^${totals.bundles_ordered_quantity} units? · `)).waitFor()
    await card(`Bundle revenue (${currency}, bundles only)`).getByText(money(totals.revenue, currency), { exact: true }).waitFor()
    const average = card(`Average order with ${routine_id ? "this routine" : "a routine"} (${currency}, shipping and tax included)`)
    await average.getByText(money(orders.with_routine.average_total, currency), { exact: true }).waitFor()
    await average.getByText(`${orders.with_routine.count} ${orders.with_routine.count === 1 ? "order" : "orders"}`, { exact: true }).waitFor()
  }
  // Esc on a form with changes asks first; the answer keeps or drops them.
  const escapeAsks = async (answer: "Keep editing" | "Discard changes") => {
    await page.keyboard.press("Escape")
    const prompt = page.getByRole("alertdialog")
    await prompt.getByText("Discard your changes?").waitFor()
    await prompt.getByRole("button", { name: answer }).click()
    await prompt.waitFor({ state: "hidden" })
  }

  beforeAll(async () => {
    server = await startMedusaServer()
    admin = await adminApi(server.url)
    store = await storeApi(server.url, admin)
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

  it("by keyboard alone: creates, curates, reorders, previews and publishes a routine, which a shopper then buys at the preview's price", async () => {
    await goto("/routines")
    await page.getByRole("cell", { name: /Barrier Restoration Routine/ }).waitFor()

    // Create, in the FocusModal: it opens with the focus in its first field.
    await page.getByRole("button", { name: "Create" }).press("Enter")
    await dialog().getByLabel("Title").waitFor()
    await page.keyboard.type(ROUTINE.title)
    expect(await dialog().getByLabel("Title").inputValue()).toBe(ROUTINE.title)
    await dialog().getByLabel("Handle").fill(ROUTINE.handle)
    // Tiers, and a bundle may leave out one of the three steps.
    await dialog().getByRole("radio", { name: "Tiers by steps bought" }).press("Space")
    await dialog().getByRole("button", { name: "Add a tier" }).press("Enter")
    await dialog().getByLabel("Tier 1: at least this many steps").fill("2")
    await dialog().getByLabel("Tier 1: percentage off").fill("5")
    await dialog().getByRole("button", { name: "Add a tier" }).press("Enter")
    await dialog().getByLabel("Tier 2: at least this many steps").fill("3")
    await dialog().getByLabel("Tier 2: percentage off").fill("10")
    await dialog().getByLabel("Fewest steps in a bundle").fill("2")
    await page.keyboard.press("Control+Enter")
    await page.waitForURL(/\/app\/routines\/rtn_/)
    const routineId = page.url().split("/").pop()!
    await page.getByRole("heading", { name: ROUTINE.title }).waitFor()

    // Three steps, each from the drawer.
    for (const step of STEPS) {
      await page.getByRole("button", { name: "Add step" }).press("Enter")
      await dialog().getByLabel("Title").waitFor()
      await page.keyboard.type(step.title)
      await dialog().getByLabel("Handle").fill(step.handle)
      await page.keyboard.press("Control+Enter")
      await dialog().waitFor({ state: "hidden" })
      await stepItem(step.handle).waitFor()
    }
    await eventually(async () => expect(await stepHandles()).toEqual(STEPS.map((s) => s.handle)))

    // The checklist says what blocks publishing; Publish says it instead of asking.
    const checklist = page.getByTestId("routine-readiness")
    await checklist.getByText("One thing blocks publishing.").waitFor()
    await checklist
      .locator('[data-status="blocker"]')
      .getByText(/It cannot be published: the required step "Cleanse" has no product/)
      .waitFor()
    await page.getByRole("button", { name: "Publish" }).press("Enter")
    await page.getByText(/It cannot be published: the required step "Cleanse" has no product/).nth(1).waitFor()
    expect(await page.getByRole("alertdialog").count()).toBe(0)

    // Nor does the price preview price a bundle shoppers could not buy: it says why instead.
    const unsellable = page.getByTestId("price-preview").getByTestId("quote-unsellable")
    await unsellable.getByText(/^Shoppers in .+ cannot buy this bundle\.$/).waitFor()
    await unsellable.getByText(/^Cleanse: no product sold in this channel with a price in [A-Z]{3}$/).waitFor()
    expect(await page.getByTestId("price-preview").getByTestId("quote-total").count()).toBe(0)

    // Candidate products per step, through the searchable picker.
    for (const step of STEPS) {
      await page.getByRole("button", { name: `Add products to ${step.title}` }).press("Enter")
      for (const product of step.products) {
        await dialog().getByLabel("Search products").fill(product)
        await dialog().getByRole("checkbox", { name: product }).press("Space")
        await dialog().getByRole("checkbox", { name: product, checked: true }).waitFor()
      }
      await dialog().getByRole("button", { name: "Add", exact: true }).press("Enter")
      await dialog().waitFor({ state: "hidden" })
      for (const product of step.products) {
        await stepItem(step.handle).getByRole("row", { name: new RegExp(product) }).waitFor()
      }
    }

    // The first product picked for a step without a default becomes its
    // default; the switch in its row moves it, in place.
    const aloe = stepItem("treat").getByRole("row", { name: /Probiotic Aloe Gel/ })
    const toner = stepItem("treat").getByRole("row", { name: /Moisture-lock Toner/ })
    await aloe.getByText("Default", { exact: true }).waitFor()
    const tonerDefault = toner.getByRole("switch", { name: "Bio-Klinik Moisture-lock Toner is the default for Treat" })
    // The switches are disabled while a save is pending, and a key pressed on a disabled switch is lost
    // (the new default can show before the save ends): each press waits for the table to settle.
    const treatSettled = () => stepItem("treat").locator('[data-testid="step-products"][aria-busy="false"]').waitFor()
    await treatSettled()
    await tonerDefault.press("Space")
    await toner.getByText("Default", { exact: true }).waitFor()
    await aloe.getByText("Default", { exact: true }).waitFor({ state: "detached" })
    await treatSettled()
    await aloe.getByRole("switch", { name: /is the default for Treat/ }).press("Space")
    await aloe.getByText("Default", { exact: true }).waitFor()
    expect(await tonerDefault.isChecked()).toBe(false)

    // Reorder by drag and drop (dnd-kit's keyboard dragging: pick up, move,
    // drop, each step waited for through its announcement), then with the
    // arrow buttons. First the page settles: the checklist is the last read
    // the curation above started, and a page redrawn mid-drag loses the drag.
    await page.locator('[data-testid="routine-readiness"]:not([aria-busy="true"])').waitFor()
    await page.getByRole("button", { name: "Drag Cleanse" }).focus()
    await page.keyboard.press("Space")
    await page.locator('[aria-label="Drag Cleanse"][aria-pressed="true"]').waitFor()
    await dragOver("ArrowDown", "Step Cleanse is over Treat.")
    await page.keyboard.press("Space")
    await waitForStepOrder(["treat", "cleanse", "protect"])
    await page.getByRole("button", { name: "Move Cleanse up" }).press("Enter")
    await waitForStepOrder(["cleanse", "treat", "protect"])
    await page.getByRole("button", { name: "Move Protect up" }).press("Enter")
    await waitForStepOrder(REORDERED)

    // The price preview follows the region: euros first, then dollars.
    const preview = page.getByTestId("price-preview")
    const region = preview.getByRole("combobox", { name: "Preview region" })
    const total = preview.getByTestId("quote-total")
    await pickOptionByKeyboard(region, "Europe (EUR)")
    await preview.locator('[data-currency="eur"]:not([aria-busy="true"])').waitFor()
    const eurTotal = await total.textContent()
    expect(eurTotal).toContain("€")

    await pickOptionByKeyboard(region, "United States (USD)")
    await preview.locator('[data-currency="usd"]:not([aria-busy="true"])').waitFor()
    const usdTotal = await total.textContent()
    expect(usdTotal).toContain("$")
    expect(usdTotal).not.toEqual(eurTotal)
    const treatRow = preview
      .getByRole("list", { name: "Bundle items" })
      .getByRole("listitem")
      .filter({ hasText: "Treat" })
    await treatRow.getByText("Bio-Klinik Probiotic Aloe Gel").waitFor()
    await treatRow.getByText("Default pick").waitFor()

    // Symptoms steer the picks: the aloe gel addresses redness, and the preview names it.
    await preview.getByLabel("Redness and irritation").press("Space")
    await treatRow.getByText("Matches symptoms").waitFor()
    await treatRow.getByText("For Redness and irritation").waitFor()
    await preview.getByTestId("quote-symptoms").getByText("Symptoms matched: Redness and irritation").waitFor()
    await preview.locator('[data-currency="usd"]:not([aria-busy="true"])').waitFor()
    await screenshot("routine-detail-preview")

    // A step left out, as a shopper who owns it would: the tier falls from 10 % to 5 %, and
    // the two steps left are the fewest a bundle keeps, so neither can be left out too.
    const tier = preview.getByTestId("quote-tier")
    await tier.getByText(/^Tier reached: 3\+ steps, 10% off/).waitFor()
    const fullTotal = await total.textContent()
    await preview.getByRole("checkbox", { name: "Protect", exact: true }).press("Space")
    await tier.getByText(/^Tier reached: 2\+ steps, 5% off\. Adding a step \(Protect\) saves 5% more/).waitFor()
    await preview.locator('[data-currency="usd"]:not([aria-busy="true"])').waitFor()
    expect(await total.textContent()).not.toEqual(fullTotal)
    expect(await preview.getByRole("list", { name: "Bundle items" }).getByText("Arctic Face Cream").count()).toBe(0)
    expect(await preview.getByRole("checkbox", { name: "Cleanse", exact: true }).isDisabled()).toBe(true)
    expect(await preview.getByRole("checkbox", { name: "Treat", exact: true }).isDisabled()).toBe(true)
    await preview.getByRole("checkbox", { name: "Protect", exact: true }).press("Space")
    await tier.getByText(/^Tier reached: 3\+ steps, 10% off/).waitFor()

    // The region chosen stays chosen after a reload.
    await page.reload()
    await preview.locator('[data-currency="usd"]:not([aria-busy="true"])').waitFor()
    expect(await region.textContent()).toContain("United States (USD)")

    // Curated: nothing blocks it any more, and the checklist has looked at every region.
    await checklist.getByText(/^Ready to publish/).waitFor()
    expect(await checklist.locator('[data-status="blocker"]').count()).toBe(0)
    await checklist.getByText("Shoppers in Europe (EUR) can buy it").waitFor()
    await checklist.getByText("Shoppers in United States (USD) can buy it").waitFor()

    // Publish, after the confirmation prompt.
    await page.getByRole("button", { name: "Publish" }).press("Enter")
    await confirmPrompt("Publish", "Enter")
    await page.getByText("Published", { exact: true }).waitFor()
    await checklist.getByText(/^Live/).waitFor()

    // The storefront now sees exactly this routine, steps in the new order.
    const { regions } = await store.get("/store/regions")
    const { routine } = await store.get(`/store/routines/${ROUTINE.handle}?region_id=${regions[0].id}`)
    expect(routine.id).toBe(routineId)
    expect(routine.title).toBe(ROUTINE.title)
    expect(routine.steps.map((s: { handle: string }) => s.handle)).toEqual(REORDERED)
    const treat = routine.steps.find((s: { handle: string }) => s.handle === "treat")
    expect(treat.products.map((p: { title: string }) => p.title).sort()).toEqual(
      [...STEPS[1].products].sort()
    )

    // A shopper buys it: the order charges the preview's euro total to the cent.
    const eur = regions.find((r: { currency_code: string }) => r.currency_code === "eur")
    const order = await placeRoutineOrder(store, { regionId: eur.id, routineId, symptoms: [] })
    const bundleLines = order.items.filter((item: { metadata?: { routine_bundle_id?: string } }) => item.metadata?.routine_bundle_id)
    expect(bundleLines).toHaveLength(STEPS.length)
    // Before tax, as the preview shows it; no promotion adjusts these lines.
    expect(bundleLines.map((item: { discount_total: number }) => item.discount_total)).toEqual(STEPS.map(() => 0))
    const paid = bundleLines.reduce((sum: number, item: { subtotal: number }) => sum + Math.round(item.subtotal * 100), 0)
    expect(money(paid / 100)).toBe(eurTotal)

    // Duplicate: a draft copy with the same steps, opened at once.
    await page.getByRole("button", { name: "Routine actions" }).press("Enter")
    await page.getByRole("menuitem", { name: "Duplicate" }).press("Enter")
    await page.waitForURL((url) => /\/app\/routines\/rtn_/.test(url.pathname) && !url.pathname.endsWith(routineId))
    await page.getByRole("heading", { name: `${ROUTINE.title} (copy)` }).waitFor()
    await page.getByText("Draft", { exact: true }).waitFor()
    await eventually(async () => expect(await stepHandles()).toEqual(REORDERED))

    await goto("/routines")
    await page.getByRole("row", { name: /Calm Skin Starter/ }).first().waitFor()
    await page.getByRole("row", { name: new RegExp(`${ROUTINE.title}(?! \\(copy\\))`) }).getByText("Published").waitFor()
    await screenshot("routines-list")
  })

  it("edits a routine's discount, a step, a candidate's rank, and removes a candidate and a step", async () => {
    const { products } = await admin.get(
      "/admin/products?handle[]=halo-moisture-mask&handle[]=arctic-face-cream&fields=id,handle"
    )
    const productId = (handle: string) => products.find((p: { handle: string }) => p.handle === handle).id
    const { routine } = await admin.post("/admin/routines", {
      title: "Evening Reset",
      handle: "evening-reset",
      discount_type: "percentage",
      discount_value: 5,
    })
    await admin.post(`/admin/routines/${routine.id}/steps`, { title: "Mask", handle: "mask" })
    const { routine: withSteps } = await admin.post(`/admin/routines/${routine.id}/steps`, {
      title: "Serum",
      handle: "serum",
    })
    const mask = withSteps.steps.find((s: { handle: string }) => s.handle === "mask")
    await admin.post(`/admin/routines/${routine.id}/steps/${mask.id}/products`, {
      add: [
        { product_id: productId("halo-moisture-mask"), rank: 0 },
        { product_id: productId("arctic-face-cream"), rank: 1 },
      ],
    })

    await goto(`/routines/${routine.id}`)
    await page.getByRole("heading", { name: "Evening Reset" }).waitFor()

    // A fixed discount, one amount per currency.
    await page.getByRole("button", { name: "Routine actions" }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    await pickOption(dialog().getByRole("combobox", { name: "Discount" }), "Fixed amount off, per currency")
    await dialog().getByLabel("Amount off (EUR)").fill("5")
    await dialog().getByLabel("Amount off (USD)").fill("6")
    await dialog().getByRole("button", { name: "Save" }).click()
    // On the routine's own fields: its history repeats the new discount.
    await page.getByTestId("routine-general").getByText("€5.00 off; $6.00 off").waitFor()

    await page.getByRole("button", { name: "Actions for step Serum" }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    await dialog().getByLabel("Title").fill("Night serum")
    await dialog().getByRole("button", { name: "Save" }).click()
    await stepItem("serum").getByText("Night serum").waitFor()

    // Ranks order the candidates: the mask drops below the cream.
    await stepItem("mask").getByLabel("Rank of Halo Moisture Mask").fill("5")
    await page.keyboard.press("Enter")
    await stepItem("mask").getByRole("row").nth(1).getByText("Arctic Face Cream").waitFor()

    await stepItem("mask").getByRole("button", { name: "Actions for Halo Moisture Mask" }).click()
    await page.getByRole("menuitem", { name: "Remove" }).click()
    await confirmPrompt("Remove")
    await stepItem("mask").getByRole("row", { name: /Halo Moisture Mask/ }).waitFor({ state: "detached" })

    await page.getByRole("button", { name: "Actions for step Night serum" }).click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    await confirmPrompt("Delete")
    await stepItem("serum").waitFor({ state: "detached" })

    const { routine: saved } = await admin.get(`/admin/routines/${routine.id}`)
    expect(saved.discount_type).toBe("fixed")
    expect(
      saved.discount_amounts.map((a: { currency_code: string; amount: number }) => [a.currency_code, a.amount]).sort()
    ).toEqual([["eur", 5], ["usd", 6]])
    expect(saved.steps.map((s: { handle: string }) => s.handle)).toEqual(["mask"])
    expect(saved.steps[0].products.map((p: { handle: string }) => p.handle)).toEqual(["arctic-face-cream"])
  })

  it("sells a routine only to a customer group picked in its Availability section, and the checklist says so", async () => {
    const { customer_group: group } = await admin.post("/admin/customer-groups", { name: "VIP shoppers" })
    const { routine } = await admin.post("/admin/routines", { title: "Members' Ritual", handle: "members-ritual" })

    await goto(`/routines/${routine.id}`)
    const section = page.getByTestId("routine-availability")
    await section.getByText("Every shopper, signed in or not").waitFor()
    await section.getByRole("button", { name: "Edit availability" }).click()
    await dialog().getByLabel("Search customer groups").fill("VIP")
    await dialog().getByRole("checkbox", { name: "VIP shoppers" }).click()
    await page.keyboard.press("Control+Enter")
    await section.getByTestId("availability-customer_groups").getByText("VIP shoppers").waitFor()
    await page.getByTestId("routine-readiness").getByText("Sold only for customers in VIP shoppers.").waitFor()

    const { availability } = await admin.get(`/admin/routines/${routine.id}/availability`)
    expect(availability).toEqual({
      sales_channels: [],
      sales_channels_restricted: false,
      customer_groups: [{ id: group.id, name: "VIP shoppers" }],
      customer_groups_restricted: true,
    })
  })

  it("shows a seeded product's routine step in the product widget", async () => {
    const { products } = await admin.get(
      "/admin/products?handle=moisturising-cleansing-milk&fields=id,title"
    )
    await goto(`/products/${products[0].id}`)
    const widget = page.getByTestId("product-routines-widget")
    const step = widget.getByRole("listitem").filter({ hasText: "Barrier Restoration Routine" })
    await step.getByText("Step 1: Gentle cleansing").waitFor()
    await expect(step.getByRole("switch").isChecked()).resolves.toBe(true)
    const symptoms = widget.getByTestId("product-symptoms")
    await symptoms.getByText("Redness and irritation").waitFor()

    // Edited in place: the product now also addresses itching.
    await pickOption(widget.getByRole("combobox", { name: "Add symptom" }), "Itching, tingling or burning")
    await symptoms.getByText("Itching, tingling or burning").waitFor()
    const curation = await admin.get(`/admin/products/${products[0].id}/routines`)
    expect(curation.symptoms.map((s: { handle: string }) => s.handle)).toContain("itching")

    // First in the side column (the demo's default layout), above the product's sales channels.
    const channels = page.getByRole("heading", { name: "Sales Channels", exact: true })
    const [widgetBox, channelsBox] = [await widget.boundingBox(), await channels.boundingBox()]
    expect(widgetBox!.y).toBeLessThan(channelsBox!.y)
    expect(Math.abs(widgetBox!.x - channelsBox!.x)).toBeLessThan(40)

    await screenshot("product-widget")

    // The rank within the step, set from the widget under the step table's rule:
    // a rank another candidate holds is refused under the field, a free one saved.
    // The mask is the last of its step's three candidates and stays last.
    const { products: [mask] } = await admin.get("/admin/products?handle=halo-moisture-mask&fields=id")
    const before = (await admin.get(`/admin/products/${mask.id}/routines`)).care_steps[0]
    const { routine } = await admin.get(`/admin/routines/${before.routine.id}`)
    const links: { product_id: string; rank: number }[] = routine.steps.find((s: { id: string }) => s.id === before.id).product_link
    const others = links.filter((l) => l.product_id !== mask.id).map((l) => l.rank)
    expect(others.length).toBeGreaterThan(0)
    await goto(`/products/${mask.id}`)
    const rank = widget.getByLabel(`Rank in ${before.title} of ${before.routine.title}`)
    await rank.fill(String(others[0]))
    await page.keyboard.press("Enter")
    await expectErrorUnder(rank, "already has rank")
    const free = Math.max(before.rank, ...others) + 1
    await rank.fill(String(free))
    await page.keyboard.press("Enter")
    await eventually(async () =>
      expect((await admin.get(`/admin/products/${mask.id}/routines`)).care_steps[0].rank).toBe(free)
    )
  })

  it("shows the routine bundle of a completed order in the order widget", async () => {
    const { regions } = await admin.get("/admin/regions?fields=id,currency_code")
    const { routines } = await admin.get("/admin/routines?q=barrier&fields=id,handle")
    const order = await placeRoutineOrder(store, {
      regionId: regions.find((r: { currency_code: string }) => r.currency_code === "eur").id,
      routineId: routines.find((r: { handle: string }) => r.handle === "barrier-restoration").id,
      symptoms: ["redness"],
    })

    const { routine_bundles } = await admin.get(`/admin/orders/${order.id}/routine-bundles`)
    expect(routine_bundles).toHaveLength(1)

    await goto(`/orders/${order.id}`)
    const bundle = page.getByTestId("order-routine-bundle")
    await bundle.getByText("Barrier Restoration Routine").waitFor()
    await bundle.getByText("Gentle cleansing").waitFor()
    // What the bundle costs, not "Paid": the payment is only authorized, and the widget says so.
    const price = bundle.getByText("Bundle price").locator("..")
    await price.getByText(money(routine_bundles[0].total)).waitFor()
    await bundle.getByText(`-${money(routine_bundles[0].discount_total)}`).waitFor()
    const { order: placed } = await admin.get(`/admin/orders/${order.id}?fields=display_id,payment_status`)
    expect(placed.payment_status).toEqual("authorized")
    await page.getByTestId("order-routine-payment-status").getByText("Authorized, not captured yet").waitFor()
    await screenshot("order-widget")

    // Marked above Medusa's order list (it takes no plugin column): the newest order with a bundle first, a link to it.
    await goto("/orders")
    const marked = page.getByTestId("order-list-routine-bundles")
    const first = marked.getByTestId("order-list-routine-bundles-row").first()
    await first.getByRole("link", { name: `#${placed.display_id}` }).waitFor()
    await first.getByText(money(routine_bundles[0].total)).waitFor()
    await first.getByRole("link", { name: `#${placed.display_id}` }).click()
    await page.waitForURL(new RegExp(`/orders/${order.id}`))
  })

  it("shows routine performance from the demo's sample sessions, with charts, and the routine's coverage audit", async () => {
    const { routines } = await admin.get("/admin/routines?handle=barrier-restoration")
    const routineId: string = routines[0].id
    await goto("/routine-performance")
    await page.getByRole("heading", { name: "Routine performance" }).waitFor()
    const figures = page.getByTestId("analytics-figure")
    await figures.first().waitFor()
    // The seed plays two weeks of sessions through the real workflows: the page shows the API's figures,
    // each labelled with what it counts, its currency and the period before.
    const all = await admin.get("/admin/routine-analytics?currency_code=eur")
    expect(all.totals.quotes).toBeGreaterThan(0)
    await expectFigures(page.getByTestId("analytics-figures"), all, "EUR")
    await page.getByTestId("analytics-funnel-chart").locator("svg .recharts-line").first().waitFor()
    await page.getByTestId("analytics-money-chart").locator("svg .recharts-bar-rectangle").first().waitFor()
    await page.getByTestId("analytics-symptoms").getByText("Redness and irritation").first().waitFor()
    // A "by routine" row is a link to its routine.
    const row = page.getByTestId("analytics-routines").getByRole("link", { name: "Barrier Restoration Routine" })
    expect(await row.getAttribute("href")).toContain(`/routines/${routineId}`)

    // The CSV has every day of the period, as the API and the chart, quiet days included.
    const download = page.waitForEvent("download")
    await page.getByRole("link", { name: "Export CSV" }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^routine-analytics-.*-eur\.csv$/)
    const lines = readFileSync((await file.path())!, "utf8").trim().split("\n")
    expect(lines[0]).toEqual(
      "date,quotes,quote_requests,bundles_added,bundles_added_quantity,bundles_ordered,bundles_ordered_quantity,revenue_eur,discount_given_eur"
    )
    type Day = { date: string; quotes: number; bundles_added: number; bundles_ordered: number; revenue: number }
    expect(lines.slice(1).map((line) => line.split(",")).map(([date, quotes, , added, , ordered, , revenue]) => [date, +quotes, +added, +ordered, +revenue])).toEqual(
      all.by_day.map((d: Day) => [d.date, d.quotes, d.bundles_added, d.bundles_ordered, d.revenue])
    )
    expect(lines).toHaveLength(31)
    await screenshot("routine-performance")

    // The routine filter, in the page and its address: every figure follows it, the order averages too.
    await pickOption(page.getByRole("combobox", { name: "Routine" }), "Barrier Restoration Routine")
    await page.waitForURL(/[?&]routine_id=/)
    const one = await admin.get(`/admin/routine-analytics?currency_code=eur&routine_id=${routineId}`)
    await expectFigures(page.getByTestId("analytics-figures"), one, "EUR")

    // The routine's own page: the last 30 days in each currency it sold in, labelled.
    await goto(`/routines/${routineId}`)
    for (const currency of ["eur", "usd"]) {
      const own = await admin.get(`/admin/routine-analytics?currency_code=${currency}&routine_id=${routineId}`)
      expect(own.totals.quotes).toBeGreaterThan(0)
      await expectFigures(page.getByTestId(`routine-figures-${currency}`), own, currency.toUpperCase())
    }
  })

  it("audits a routine's coverage on its own tab: fallbacks and gaps apart, only those on request, each fallback naming what it replaces", async () => {
    const { routines } = await admin.get("/admin/routines?handle=barrier-restoration")
    await goto(`/routines/${routines[0].id}`)
    await page.getByRole("heading", { name: "Barrier Restoration Routine" }).waitFor()

    // The coverage audit on its own tab, reached from the keyboard; the tab is kept in the URL.
    await page.getByRole("tab", { name: "Overview" }).focus()
    await page.keyboard.press("ArrowRight")
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: "Coverage audit" }).waitFor()
    await page.waitForURL(/[?&]tab=coverage/)
    const coverage = page.getByTestId("routine-coverage")
    await pickOption(coverage.getByRole("combobox", { name: "Region" }), "Europe (EUR)")
    await eventually(async () => expect(await coverage.getByTestId("coverage-row").count()).toBe(32))
    const { regions } = await admin.get("/admin/regions?fields=id,currency_code")
    const eurId = regions.find((r: { currency_code: string }) => r.currency_code === "eur").id
    const audit = await admin.get(`/admin/routines/${routines[0].id}/coverage?region_id=${eurId}`)
    type Row = { fallback_step_ids: string[]; unavailable_step_ids: string[] }
    const fallbacks = audit.combinations.filter((c: Row) => c.fallback_step_ids.length).length
    const gaps = audit.combinations.filter((c: Row) => c.unavailable_step_ids.length).length
    expect(fallbacks).toBeGreaterThan(0)
    // Fallbacks and gaps counted apart: a fallback still sells a whole bundle.
    await coverage
      .getByTestId("coverage-summary")
      .getByText(`32 symptom combinations: ${fallbacks} fall back to a second choice, ${gaps} ${gaps === 1 ? "has" : "have"} a step no product can fill.`)
      .waitFor()

    // Only fallbacks and gaps: zinc is out of stock, and each row that falls back says so, by name.
    await coverage.getByRole("switch", { name: "Only fallbacks and gaps" }).focus()
    await page.keyboard.press("Space")
    const toFix = audit.combinations.filter((c: Row) => c.fallback_step_ids.length || c.unavailable_step_ids.length).length
    await eventually(async () => expect(await coverage.getByTestId("coverage-row").count()).toBe(toFix))
    const named = coverage.getByTestId("coverage-fallback-from")
    expect(await named.count()).toBe(fallbacks)
    expect(new Set(await named.allTextContents())).toEqual(new Set(["instead of Zinc, B3 and Omega-3 Complex: out of stock"]))

    // The viewport, not the element: the admin scrolls an inner container,
    // so an element shot of a long table comes out torn.
    await page.screenshot({
      path: path.join(screenshotsDir(), "coverage-audit.png"),
      style: "[data-sonner-toaster] { display: none !important; }",
    })

    // A reload opens the same tab.
    await page.reload()
    await coverage.getByTestId("coverage-row").first().waitFor()
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: "Coverage audit" }).waitFor()
  })

  it("lets a merchandiser curate a routine but not change its offer, and shows the owner's offer change in the history", async () => {
    // The owner makes the routine and raises its offer past the store's
    // alert threshold (50 % by default), through the admin API.
    const { routine } = await admin.post("/admin/routines", {
      title: "Night Repair",
      handle: "night-repair",
      discount_type: "percentage",
      discount_value: 10,
    })
    await admin.post(`/admin/routines/${routine.id}/steps`, { title: "Cleanse", handle: "cleanse" })
    await admin.post(`/admin/routines/${routine.id}`, { discount_value: 60 })

    const other = await openAdminBrowser()
    try {
      const staffPage = other.page
      staffPage.on("pageerror", (error) => pageErrors.push(error.message))
      // Every refusal of the plugin's routes the merchandiser's admin meets (core's own pages may refuse too).
      const refused: string[] = []
      staffPage.on("response", (response) => {
        if (response.status() === 403 && /\/admin\/(routine|symptom)/.test(response.url())) {
          refused.push(`${response.request().method()} ${response.url()}`)
        }
      })
      const dialog = () => staffPage.getByRole("dialog")
      const OFFER_REASON = "You need the routine_offer:update permission to change prices."
      const expectOfferLocked = async () => {
        await dialog().getByTestId("routine-offer-fields").getByText(OFFER_REASON).waitFor()
        expect(await dialog().getByRole("combobox", { name: "Discount" }).isDisabled()).toBe(true)
        expect(await dialog().getByLabel("Percentage").isDisabled()).toBe(true)
        expect(await dialog().getByLabel("Fewest steps in a bundle").isDisabled()).toBe(true)
        expect(await dialog().getByRole("combobox", { name: "Promotion codes on bundles" }).isDisabled()).toBe(true)
        expect(await dialog().getByRole("radio", { name: "Tiers by steps bought" }).isDisabled()).toBe(true)
        expect(await dialog().getByLabel("Title").isEditable()).toBe(true)
      }

      await logIn(staffPage, server.url, USERS.merchandiser)

      // The merchandiser may create routines, but not price them.
      await staffPage.goto(`${server.url}/app/routines`)
      await staffPage.getByRole("cell", { name: /Night Repair/ }).waitFor()
      await staffPage.getByRole("button", { name: "Create" }).click()
      await expectOfferLocked()
      await staffPage.keyboard.press("Escape")
      await dialog().waitFor({ state: "hidden" })

      // The edit drawer shows the offer as the owner set it, locked; the title is theirs to change.
      await staffPage.goto(`${server.url}/app/routines/${routine.id}`)
      await staffPage.getByRole("heading", { name: "Night Repair" }).waitFor()
      await staffPage.getByRole("button", { name: "Routine actions" }).click()
      await staffPage.getByRole("menuitem", { name: "Edit" }).click()
      await expectOfferLocked()
      expect(await dialog().getByLabel("Percentage").inputValue()).toBe("60")
      await screenshot("routine-offer-locked", staffPage)
      await dialog().getByLabel("Title").fill("Night Repair Ritual")
      const saving = staffPage.waitForRequest(
        (request) => request.method() === "POST" && request.url().endsWith(`/admin/routines/${routine.id}`)
      )
      await dialog().getByRole("button", { name: "Save" }).click()
      // The body holds the routine's own fields only: no offer field, so no 403.
      expect(Object.keys((await saving).postDataJSON()).sort()).toEqual(["description", "handle", "title"])
      await staffPage.getByText("Routine saved").waitFor()
      await staffPage.getByRole("heading", { name: "Night Repair Ritual" }).waitFor()

      // The history: the owner's offer change, before and after, flagged; the merchandiser's title change.
      const history = staffPage.getByTestId("routine-history")
      const offerChange = history.locator('[data-testid="routine-change"][data-subject="offer"]').filter({ hasText: "Offer changed" })
      await offerChange.waitFor()
      await offerChange.getByText(`by ${USERS.owner.email}`).waitFor()
      const discount = offerChange.getByTestId("routine-change-line").filter({ hasText: "Discount:" })
      expect(await discount.getByTestId("change-before").textContent()).toBe("10 % off")
      expect(await discount.getByTestId("change-after").textContent()).toBe("60 % off")
      expect(await offerChange.getAttribute("data-alert")).toBe("true")
      await offerChange.getByText("Alert", { exact: true }).waitFor()
      await offerChange.getByText(/up to 60 % off \(was 10 %\), above the alert threshold of 50 %/).waitFor()
      const titleChange = history.locator('[data-testid="routine-change"][data-subject="routine"]').filter({ hasText: "Details changed" })
      await titleChange.getByText(`by ${USERS.merchandiser.email}`).waitFor()
      const title = titleChange.getByTestId("routine-change-line").filter({ hasText: "Title:" })
      expect(await title.getByTestId("change-before").textContent()).toBe("Night Repair")
      expect(await title.getByTestId("change-after").textContent()).toBe("Night Repair Ritual")
      // Only the offer change crossed the threshold.
      expect(await history.locator('[data-testid="routine-change"][data-alert]').count()).toBe(1)
      await history.scrollIntoViewIfNeeded()
      await screenshot("routine-history", staffPage)

      const { routine: saved } = await admin.get(`/admin/routines/${routine.id}`)
      expect(saved.title).toBe("Night Repair Ritual")
      expect(Number(saved.discount_value)).toBe(60)
      expect(refused).toEqual([])
      expect(await staffPage.getByText(/Insufficient permissions/).count()).toBe(0)

      // Support may not read routines nor their performance: each page says so instead of failing.
      await other.context.clearCookies()
      await logIn(staffPage, server.url, USERS.support)
      await staffPage.goto(`${server.url}/app/routines`)
      await staffPage.getByTestId("no-permission").getByText("You need the routine:read permission to see routines.").waitFor()
      await staffPage.goto(`${server.url}/app/routine-performance`)
      await staffPage
        .getByTestId("no-permission")
        .getByText("You need the routine_analytics:read permission to see routine performance.")
        .waitFor()
      expect(refused).toEqual([])
    } finally {
      await other.close()
    }
  })

  it("sets a routine's schedule, image and SEO texts from the keyboard, and opens its live page in the store", async () => {
    const { products } = await admin.get("/admin/products?handle[]=arctic-face-cream&fields=id")
    const { routine } = await admin.post("/admin/routines", { title: "Spring Glow", handle: "spring-glow" })
    const { routine: withStep } = await admin.post(`/admin/routines/${routine.id}/steps`, { title: "Protect", handle: "protect" })
    await admin.post(`/admin/routines/${routine.id}/steps/${withStep.steps[0].id}/products`, {
      add: [{ product_id: products[0].id, is_default: true }],
    })

    await goto(`/routines/${routine.id}`)
    const general = page.getByTestId("routine-general")
    await general.getByRole("heading", { name: "Spring Glow" }).waitFor()
    // A draft's store page is not live: the action says so instead of opening it.
    await general.getByLabel("Not live yet: shoppers see this page once the routine is published.").waitFor()
    await admin.post(`/admin/routines/${routine.id}`, { status: "published" })
    await page.reload()
    await general.getByRole("link", { name: "View in store" }).waitFor()

    await general.getByRole("button", { name: "Routine actions" }).focus()
    await page.keyboard.press("Enter")
    await page.getByRole("menuitem", { name: "Edit" }).focus()
    await page.keyboard.press("Enter")
    await dialog().getByLabel("Title", { exact: true }).waitFor()

    // The image, uploaded through Medusa's file module: the button opens the file chooser.
    const chooser = page.waitForEvent("filechooser")
    await dialog().getByRole("button", { name: "Upload image" }).focus()
    await page.keyboard.press("Enter")
    await (await chooser).setFiles(path.join(__dirname, "../../storefront/public/images/routines/barrier-restoration.jpg"))
    const preview = dialog().getByTestId("routine-image-preview")
    await eventually(async () => expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200))

    // The schedule, typed into the date pickers' segments (month, day, year, hour, minute, AM/PM).
    const typeInstant = async (picker: string, keys: string) => {
      await dialog().getByRole("group", { name: picker, exact: true }).getByRole("spinbutton").first().focus()
      await page.keyboard.type(keys)
    }
    await typeInstant("Start", "010120260900a")
    await typeInstant("End", "123120300600p")

    await dialog().getByLabel("Search headline").focus()
    await page.keyboard.type("Spring Glow: a light routine for spring skin")
    await dialog().getByText("44 of 70 characters.").waitFor()
    await dialog().getByLabel("Search snippet").focus()
    await page.keyboard.type("Three steps for skin waking up from winter.")
    await page.keyboard.press("Control+Enter")
    await dialog().waitFor({ state: "hidden" })

    // Published and inside its schedule: Live, its rows, and a link to its page in the store.
    await general.getByTestId("routine-schedule-state").getByText("Live").waitFor()
    await general.getByText(/^From Jan 1, 2026, 9:00\sAM until Dec 31, 2030, 6:00\sPM$/).waitFor()
    await general.getByText("Spring Glow: a light routine for spring skin").waitFor()
    const image = general.getByTestId("routine-image")
    await eventually(async () => expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200))
    const link = general.getByRole("link", { name: "View in store" })
    expect(await link.getAttribute("target")).toBe("_blank")
    expect(await link.getAttribute("href")).toMatch(/^http:\/\/localhost:8000\/[a-z]{2}\/routines\/spring-glow$/)

    const { routine: saved } = await admin.get(`/admin/routines/${routine.id}`)
    const [starts_at, ends_at] = await page.evaluate(() => [new Date(2026, 0, 1, 9).toISOString(), new Date(2030, 11, 31, 18).toISOString()])
    expect(saved).toMatchObject({
      starts_at,
      ends_at,
      thumbnail: await image.getAttribute("src"),
      seo_title: "Spring Glow: a light routine for spring skin",
      seo_description: "Three steps for skin waking up from winter.",
    })
    expect(saved.thumbnail).toMatch(/\/static\/.*barrier-restoration\.jpg$/)
  })

  it("creates a symptom, gives it a product and deletes it", async () => {
    await goto("/symptoms")
    await page.getByRole("row", { name: /Redness and irritation/ }).waitFor()
    await screenshot("symptoms")

    await page.getByRole("button", { name: "Create" }).click()
    await dialog().getByLabel("Name").fill("Dullness")
    await dialog().getByLabel("Handle").fill("dullness")
    await dialog().getByRole("button", { name: "Save" }).click()
    await page.waitForURL(/\/app\/symptoms\/symp_/)
    await page.getByRole("heading", { name: "Dullness" }).waitFor()

    // The picker pages the catalog and shows each product's prices, status and stock.
    const { count: catalog } = await admin.get("/admin/products?limit=1&fields=id")
    await page.getByRole("button", { name: "Add products" }).click()
    const pages = Math.ceil(catalog / 20)
    if (pages > 1) {
      await dialog().getByText(`Page 1 of ${pages} · ${catalog} products`).waitFor()
      await dialog().getByRole("button", { name: "Next" }).click()
      await dialog().getByText(`Page 2 of ${pages} · ${catalog} products`).waitFor()
    } else {
      expect(await dialog().getByRole("navigation", { name: "Product pages" }).count()).toBe(0)
    }
    await dialog().getByLabel("Search products").fill("Halo")
    const halo = dialog().getByRole("listitem").filter({ hasText: "Halo Moisture Mask" })
    await halo.getByTestId("picker-product-details").getByText(/[€$]\d+\.\d{2}.* · (\d+ available|stock not tracked)$/).waitFor()
    await dialog().getByRole("checkbox", { name: "Halo Moisture Mask" }).check()
    await dialog().getByRole("button", { name: "Add", exact: true }).click()
    await page.getByRole("row", { name: /Halo Moisture Mask/ }).waitFor()

    await page.getByRole("button", { name: "Symptom actions" }).click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    await confirmPrompt("Delete")
    await page.waitForURL(/\/app\/symptoms$/)
    await page.getByRole("row", { name: /Redness and irritation/ }).waitFor()
    await page.getByRole("row", { name: /Dullness/ }).waitFor({ state: "detached" })
    const { symptoms } = await admin.get("/admin/symptoms?fields=handle")
    expect(symptoms.map((s: { handle: string }) => s.handle)).not.toContain("dullness")
  })

  it("checks every form's fields under the fields, in plain words, and works from the keyboard", async () => {
    // Every write the admin sends, to see that refused forms send nothing and what a saved one sends.
    const posts: { path: string; body: Record<string, unknown> }[] = []
    page.on("request", (request) => {
      if (request.method() === "POST" && /\/admin\/(routines|symptoms)/.test(request.url()) && !request.url().endsWith("/quote")) {
        posts.push({ path: new URL(request.url()).pathname, body: request.postDataJSON() })
      }
    })
    const { routines: barrier } = await admin.get("/admin/routines?handle=barrier-restoration&fields=id,*steps")
    const seededStep = barrier[0].steps.sort((a: { position: number }, b: { position: number }) => a.position - b.position)[0]

    // List rows are links: one Tab stop per row, Enter opens it, Cmd/Ctrl-click opens a new tab.
    await goto("/routines")
    const rowLink = page.getByRole("link", { name: /Barrier Restoration Routine/ })
    await rowLink.waitFor()
    expect(await rowLink.getAttribute("href")).toBe(`/app/routines/${barrier[0].id}`)
    const opened = browser.context.waitForEvent("page")
    await rowLink.click({ modifiers: ["ControlOrMeta"] })
    const tab = await opened
    await tab.waitForURL(new RegExp(`/app/routines/${barrier[0].id}$`))
    await tab.close()
    expect(new URL(page.url()).pathname).toBe("/app/routines")
    await page.getByPlaceholder("Search routines").focus()
    for (let i = 0; i < 10 && !(await isFocused(rowLink)); i++) {
      await page.keyboard.press("Tab")
    }
    expect(await isFocused(rowLink)).toBe(true)
    await page.keyboard.press("Enter")
    await page.getByRole("heading", { name: "Barrier Restoration Routine" }).waitFor()
    await goto("/symptoms")
    const symptomLink = page.getByRole("link", { name: /Redness and irritation/ })
    expect(await symptomLink.getAttribute("href")).toMatch(/^\/app\/symptoms\/symp_/)
    expect(await symptomLink.getAttribute("tabindex")).toBe("0")

    // Create routine: focus opens in the title, so typing goes there.
    await goto("/routines")
    await rowLink.waitFor()
    await page.getByRole("button", { name: "Create" }).click()
    const title = dialog().getByLabel("Title")
    await eventually(async () => expect(await isFocused(title)).toBe(true))
    await page.keyboard.type("Glow")
    expect(await title.inputValue()).toBe("Glow")
    await escapeAsks("Keep editing")
    expect(await title.inputValue()).toBe("Glow")

    // Cmd/Ctrl+Enter submits; what the form refuses shows under its field and nothing is sent.
    await title.fill("")
    const handle = dialog().getByLabel("Handle")
    await handle.fill("Glow Skin")
    await dialog().getByLabel("Percentage").fill("150")
    await page.keyboard.press("ControlOrMeta+Enter")
    await expectErrorUnder(title, "Enter a title.")
    await expectErrorUnder(handle, "Use lowercase letters and digits")
    await expectErrorUnder(dialog().getByLabel("Percentage"), "Enter 100 or less.")
    expect(posts).toEqual([])

    // Tiers or one rate: once tiers are chosen, the rate typed before is neither checked nor sent.
    await title.fill("Glow Tiers")
    await handle.fill("barrier-restoration")
    await dialog().getByRole("radio", { name: "Tiers by steps bought" }).click()
    await dialog().getByRole("button", { name: "Add a tier" }).click()
    await dialog().getByLabel("Tier 1: at least this many steps").fill("2")
    await dialog().getByLabel("Tier 1: percentage off").fill("10")
    await dialog().getByRole("button", { name: "Add a tier" }).click()
    await dialog().getByLabel("Tier 2: at least this many steps").fill("3")
    const tier2 = dialog().getByLabel("Tier 2: percentage off")
    await tier2.fill("5")
    await page.keyboard.press("ControlOrMeta+Enter")
    await expectErrorUnder(tier2, "More steps must never save less: 2 steps already save 10 %.")
    expect(posts).toEqual([])
    await tier2.fill("15")
    // Beside the form, what a shopper will read.
    const preview = dialog().getByTestId("offer-preview")
    await preview.getByText("Fewer than 2 products: no routine discount.").waitFor()
    await preview.getByText("3 products or more, 15 % off when you buy them as a routine.").waitFor()

    // Switching the kind keeps what was typed for the other kinds.
    await pickOption(dialog().getByRole("combobox", { name: "Discount" }), "Fixed amount off, per currency")
    await dialog().getByLabel("Amount off (EUR)").fill("4")
    await preview.getByText("In EUR: the routine's products, €4.00 off when you buy them as a routine.").waitFor()
    await pickOption(dialog().getByRole("combobox", { name: "Discount" }), "Percentage off the bundle")
    expect(await tier2.inputValue()).toBe("15")

    // The server's refusal of a taken handle shows under the handle, in words, without ids.
    await page.keyboard.press("ControlOrMeta+Enter")
    await expectErrorUnder(handle, 'Another routine already has this handle ("barrier-restoration"). Choose another.')
    expect(posts).toHaveLength(1)
    await handle.fill("glow-tiers")
    await page.keyboard.press("ControlOrMeta+Enter")
    await page.waitForURL(/\/app\/routines\/rtn_/)
    const glowId = page.url().split("/").pop()!
    expect(posts).toHaveLength(2)
    expect(posts[1].body).toMatchObject({
      title: "Glow Tiers",
      handle: "glow-tiers",
      discount_type: "percentage",
      discount_tiers: [
        { min_steps: 2, percentage: 10 },
        { min_steps: 3, percentage: 15 },
      ],
    })
    expect(posts[1].body).not.toHaveProperty("discount_value")
    expect(posts[1].body).not.toHaveProperty("discount_amounts")

    // Edit routine: focus in the title; fewest steps below one refused under it; Esc asks, then drops the edit.
    await page.getByRole("heading", { name: "Glow Tiers" }).waitFor()
    await page.getByRole("button", { name: "Routine actions" }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    await eventually(async () => expect(await isFocused(dialog().getByLabel("Title"))).toBe(true))
    const fewest = dialog().getByLabel("Fewest steps in a bundle")
    await fewest.fill("0")
    await page.keyboard.press("ControlOrMeta+Enter")
    await expectErrorUnder(fewest, "Enter 1 or more.")
    await escapeAsks("Discard changes")
    await dialog().waitFor({ state: "hidden" })
    expect(posts).toHaveLength(2)

    // Ranks: a negative rank or one another candidate has is refused under the field, not sent.
    const { products } = await admin.get(
      "/admin/products?handle[]=halo-moisture-mask&handle[]=arctic-face-cream&fields=id,handle,title"
    )
    const { routine: withStep } = await admin.post(`/admin/routines/${glowId}/steps`, { title: "Mask", handle: "mask" })
    await admin.post(`/admin/routines/${glowId}/steps/${withStep.steps[0].id}/products`, {
      add: products.map((p: { id: string }, rank: number) => ({ product_id: p.id, rank })),
    })
    const postsBefore = posts.length
    await goto(`/routines/${glowId}`)
    const rank = stepItem("mask").getByLabel("Rank of Halo Moisture Mask")
    await rank.waitFor()
    const otherRank = await stepItem("mask").getByLabel("Rank of Arctic Face Cream").inputValue()
    await rank.fill("-1")
    await page.keyboard.press("Enter")
    await expectErrorUnder(rank, "Enter 0 or more")
    await rank.fill(otherRank)
    await page.keyboard.press("Enter")
    await expectErrorUnder(rank, '"Arctic Face Cream" already has rank')
    expect(posts).toHaveLength(postsBefore)
    await page.keyboard.press("Escape")

    // Candidates reorder by drag and drop (here by keyboard): the new order is their ranks.
    const candidateTitles = () =>
      stepItem("mask")
        .getByTestId("step-product")
        .evaluateAll((rows) => rows.map((row) => row.querySelector("a")?.textContent))
    const [first, second] = await candidateTitles()
    // The page settles first (the step's products and the checklist, the page's last reads): a list
    // redrawn mid-drag loses the drag, as happened once in a fresh clone's npm test.
    await stepItem("mask").locator('[data-testid="step-products"][aria-busy="false"]').waitFor()
    await page.locator('[data-testid="routine-readiness"]:not([aria-busy="true"])').waitFor()
    await stepItem("mask").getByRole("button", { name: `Drag ${second}` }).focus()
    await page.keyboard.press("Space")
    await page.locator(`[aria-label="Drag ${second}"][aria-pressed="true"]`).waitFor()
    await dragOver("ArrowUp", `${second} is over ${first}.`)
    await page.keyboard.press("Space")
    await eventually(async () => expect(await candidateTitles()).toEqual([second, first]))
    await stepItem("mask").locator('[data-testid="step-products"][aria-busy="false"]').waitFor()
    await eventually(async () => {
      const { routine: reordered } = await admin.get(`/admin/routines/${glowId}`)
      const links = reordered.steps[0].product_link as { product_id: string; rank: number }[]
      const rankOf = (title: string) =>
        links.find((l) => l.product_id === products.find((p: { title: string }) => p.title === title).id)?.rank
      expect([rankOf(second!), rankOf(first!)]).toEqual([0, 1])
    })
    expect(posts).toHaveLength(postsBefore + 1)

    // Add step to a published routine: a taken handle under the handle; a
    // required step it cannot sell (a 409) above the fields, in the server's words.
    await goto(`/routines/${barrier[0].id}`)
    await page.getByRole("button", { name: "Add step" }).click()
    const stepTitle = dialog().getByLabel("Title")
    await eventually(async () => expect(await isFocused(stepTitle)).toBe(true))
    await page.keyboard.press("ControlOrMeta+Enter")
    await expectErrorUnder(stepTitle, "Enter a title.")
    await stepTitle.fill("Tone")
    await dialog().getByLabel("Handle").fill(seededStep.handle)
    await dialog().getByRole("switch", { name: "Optional" }).click()
    await page.keyboard.press("ControlOrMeta+Enter")
    await expectErrorUnder(
      dialog().getByLabel("Handle"),
      `Another step of this routine already has this handle ("${seededStep.handle}"). Choose another.`
    )
    await dialog().getByLabel("Handle").fill("tone")
    await dialog().getByRole("switch", { name: "Optional" }).click()
    await page.keyboard.press("ControlOrMeta+Enter")
    const formError = dialog().getByTestId("form-error")
    await formError.getByText(/Adding the required step "Tone" would leave shoppers unable to buy this published routine/).waitFor()
    expect(await formError.textContent()).not.toMatch(/rtn_|step_|min_steps/)
    await escapeAsks("Discard changes")
    await dialog().waitFor({ state: "hidden" })
    const { routine: unchanged } = await admin.get(`/admin/routines/${barrier[0].id}?fields=*steps`)
    expect(unchanged.steps.map((s: { handle: string }) => s.handle)).not.toContain("tone")

    // Create symptom: a missing name and a taken handle, each under its field.
    await goto("/symptoms")
    await symptomLink.waitFor()
    await page.getByRole("button", { name: "Create" }).click()
    const name = dialog().getByLabel("Name")
    await eventually(async () => expect(await isFocused(name)).toBe(true))
    await dialog().getByLabel("Handle").fill("redness")
    await page.keyboard.press("ControlOrMeta+Enter")
    await expectErrorUnder(name, "Enter a name.")
    await name.fill("Redness again")
    await page.keyboard.press("ControlOrMeta+Enter")
    await expectErrorUnder(dialog().getByLabel("Handle"), 'Another symptom already has this handle ("redness"). Choose another.')
    await escapeAsks("Discard changes")
    await dialog().waitFor({ state: "hidden" })

    // Edit symptom: the same checks in the drawer.
    await symptomLink.click()
    await page.getByRole("heading", { name: "Redness and irritation" }).waitFor()
    await page.getByRole("button", { name: "Symptom actions" }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    const editName = dialog().getByLabel("Name")
    await eventually(async () => expect(await isFocused(editName)).toBe(true))
    await editName.fill("")
    await page.keyboard.press("ControlOrMeta+Enter")
    await expectErrorUnder(editName, "Enter a name.")
    await escapeAsks("Discard changes")
    await dialog().waitFor({ state: "hidden" })
    await page.getByRole("heading", { name: "Redness and irritation" }).waitFor()

    // The product widget's "Add to step": a step to choose and a rank of 0 or more, under each.
    const { products: cleanser } = await admin.get("/admin/products?handle=moisturising-cleansing-milk&fields=id")
    await goto(`/products/${cleanser[0].id}`)
    await page.getByTestId("product-routines-widget").getByRole("button", { name: "Add to step" }).click()
    const stepChoice = dialog().getByRole("combobox", { name: "Step" })
    await eventually(async () => expect(await isFocused(stepChoice)).toBe(true))
    await dialog().getByLabel("Rank").fill("-1")
    await page.keyboard.press("ControlOrMeta+Enter")
    await expectErrorUnder(stepChoice, "Choose a step.")
    await expectErrorUnder(dialog().getByLabel("Rank"), "Enter 0 or more.")
    await escapeAsks("Discard changes")
    await dialog().waitFor({ state: "hidden" })

    // What reached the server: only submits the form itself let through, each answered above.
    expect(posts.map((p) => p.path)).toEqual([
      "/admin/routines",
      "/admin/routines",
      `/admin/routines/${glowId}/steps/${withStep.steps[0].id}/products`,
      `/admin/routines/${barrier[0].id}/steps`,
      `/admin/routines/${barrier[0].id}/steps`,
      "/admin/symptoms",
    ])
  })

  it("opens Medusa's translation editor at a routine, a step and a symptom from their action menus", async () => {
    const { routines: found } = await admin.get("/admin/routines?handle=barrier-restoration")
    const { routine } = await admin.get(`/admin/routines/${found[0].id}`)
    const step = routine.steps.find((s: { handle: string }) => s.handle === "soothe-and-repair")
    const { symptoms } = await admin.get("/admin/symptoms?handle=sensitivity")
    const manageTranslations = async (menu: string, reference: string, id: string, original: string) => {
      await page.getByRole("button", { name: menu }).click()
      await page.getByRole("menuitem", { name: "Manage translations" }).click()
      await eventually(async () => {
        const url = new URL(page.url())
        expect(`${url.pathname}${url.search}`).toEqual(`/app/settings/translations/edit?reference=${reference}&reference_id=${id}`)
      })
      // The editor lists the record's default texts beside their translations.
      await page.getByText(original, { exact: true }).first().waitFor()
    }

    await goto(`/routines/${routine.id}`)
    await manageTranslations("Routine actions", "routine", routine.id, routine.title)
    await goto(`/routines/${routine.id}`)
    await manageTranslations(`Actions for step ${step.title}`, "care_step", step.id, step.guidance)
    await goto(`/symptoms/${symptoms[0].id}`)
    await manageTranslations("Symptom actions", "symptom", symptoms[0].id, symptoms[0].name)
  })
})
