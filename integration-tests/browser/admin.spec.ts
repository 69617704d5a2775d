import { mkdirSync } from "fs"
import path from "path"
import type { Locator, Page } from "playwright-core"
import { adminApi, placeRoutineOrder, storeApi, type Api } from "./helpers/api"
import { logIn, openAdminBrowser, type AdminBrowser } from "./helpers/browser"
import { ROOT, startMedusaServer, type MedusaServer } from "./helpers/medusa-server"

jest.setTimeout(120_000)

const SCREENSHOTS = path.join(ROOT, "docs/screenshots")

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
// Moving "Protect" up once gives this order.
const REORDERED = ["cleanse", "protect", "treat"]

describe("admin: routine curation", () => {
  let server: MedusaServer
  let browser: AdminBrowser
  let page: Page
  let admin: Api
  let store: Api

  const goto = (pathname: string) => page.goto(`${server.url}/app${pathname}`)
  // Cropped to the page's content: the admin scrolls an inner panel, so the
  // viewport is tall and mostly empty below short pages.
  const screenshot = async (name: string) => {
    const bottom = await page.evaluate(
      () => document.querySelector("main")?.firstElementChild?.getBoundingClientRect().bottom ?? 0
    )
    const { width, height } = page.viewportSize()!
    await page.screenshot({
      path: path.join(SCREENSHOTS, `${name}.png`),
      clip: { x: 0, y: 0, width, height: Math.min(height, Math.max(720, Math.ceil(bottom) + 16)) },
    })
  }
  const dialog = () => page.getByRole("dialog")
  const confirmPrompt = async (button: string) => {
    const prompt = page.getByRole("alertdialog")
    await prompt.getByRole("button", { name: button }).click()
    await prompt.waitFor({ state: "hidden" })
  }
  const stepItem = (handle: string) =>
    page.locator(`[data-testid="routine-step"][data-step-handle="${handle}"]`)
  const stepHandles = () =>
    page
      .getByTestId("routine-step")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-step-handle")))
  const pickOption = async (trigger: Locator, option: string) => {
    await trigger.click()
    await page.getByRole("option", { name: option }).click()
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    server = await startMedusaServer()
    admin = await adminApi(server.url)
    store = await storeApi(server.url, admin)
    browser = await openAdminBrowser()
    page = browser.page
    await logIn(page, server.url)
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it("creates, curates, reorders, previews and publishes a routine the store then sells", async () => {
    await goto("/routines")
    await page.getByRole("cell", { name: /Barrier Restoration Routine/ }).waitFor()

    // Create, in the FocusModal.
    await page.getByRole("button", { name: "Create" }).click()
    await dialog().getByLabel("Title").fill(ROUTINE.title)
    await dialog().getByLabel("Handle").fill(ROUTINE.handle)
    await dialog().getByLabel("Percentage").fill("10")
    await dialog().getByRole("button", { name: "Save" }).click()
    await page.waitForURL(/\/app\/routines\/rtn_/)
    const routineId = page.url().split("/").pop()!
    await page.getByRole("heading", { name: ROUTINE.title }).waitFor()

    // Three steps, each from the drawer.
    for (const step of STEPS) {
      await page.getByRole("button", { name: "Add step" }).click()
      await dialog().getByLabel("Title").fill(step.title)
      await dialog().getByLabel("Handle").fill(step.handle)
      await dialog().getByRole("button", { name: "Save" }).click()
      await dialog().waitFor({ state: "hidden" })
      await stepItem(step.handle).waitFor()
    }
    expect(await stepHandles()).toEqual(STEPS.map((s) => s.handle))

    // Candidate products per step, through the searchable picker.
    for (const step of STEPS) {
      await page.getByRole("button", { name: `Add products to ${step.title}` }).click()
      for (const product of step.products) {
        await dialog().getByLabel("Search products").fill(product)
        await dialog().getByRole("checkbox", { name: product }).check()
      }
      await dialog().getByRole("button", { name: "Add", exact: true }).click()
      await dialog().waitFor({ state: "hidden" })
      for (const product of step.products) {
        await stepItem(step.handle).getByRole("row", { name: new RegExp(product) }).waitFor()
      }
    }

    // The aloe gel becomes the default of "Treat".
    const aloe = stepItem("treat").getByRole("row", { name: /Probiotic Aloe Gel/ })
    await aloe.getByRole("button", { name: /^Actions for/ }).click()
    await page.getByRole("menuitem", { name: "Set as default" }).click()
    await aloe.getByText("Default", { exact: true }).waitFor()

    // Reorder with the arrow buttons: "Protect" moves above "Treat".
    await page.getByRole("button", { name: "Move Protect up" }).click()
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('[data-testid="routine-step"]')]
          .map((item) => item.getAttribute("data-step-handle"))
          .join() === expected,
      REORDERED.join()
    )
    await page.getByRole("button", { name: "Move Protect up" }).and(page.locator(":enabled")).waitFor()

    // The price preview follows the region: euros first, then dollars.
    const preview = page.getByTestId("price-preview")
    const region = preview.getByRole("combobox", { name: "Preview region" })
    const total = preview.getByTestId("quote-total")
    await pickOption(region, "Europe (EUR)")
    await preview.locator('[data-currency="eur"]:not([aria-busy="true"])').waitFor()
    const eurTotal = await total.textContent()
    expect(eurTotal).toContain("€")

    await pickOption(region, "United States (USD)")
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
    await screenshot("routine-detail-preview")

    // Publish, after the confirmation prompt.
    await page.getByRole("button", { name: "Publish" }).click()
    await confirmPrompt("Publish")
    await page.getByText("Published", { exact: true }).waitFor()

    // The storefront now sees exactly this routine, steps in the new order.
    const { routine } = await store.get(`/store/routines/${ROUTINE.handle}`)
    expect(routine.id).toBe(routineId)
    expect(routine.title).toBe(ROUTINE.title)
    expect(routine.steps.map((s: { handle: string }) => s.handle)).toEqual(REORDERED)
    const treat = routine.steps.find((s: { handle: string }) => s.handle === "treat")
    expect(treat.products.map((p: { title: string }) => p.title).sort()).toEqual(
      [...STEPS[1].products].sort()
    )

    await goto("/routines")
    await page.getByRole("row", { name: /Calm Skin Starter/ }).getByText("Published").waitFor()
    await screenshot("routines-list")
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
    await widget.getByTestId("product-symptoms").getByText("Redness and irritation").waitFor()
    await screenshot("product-widget")
  })

  it("shows the routine bundle of a completed order in the order widget", async () => {
    const { regions } = await admin.get("/admin/regions?fields=id,currency_code")
    const { routines } = await admin.get("/admin/routines?q=barrier&fields=id,handle")
    const order = await placeRoutineOrder(store, {
      regionId: regions.find((r: { currency_code: string }) => r.currency_code === "eur").id,
      routineId: routines.find((r: { handle: string }) => r.handle === "barrier-restoration").id,
      symptoms: ["redness"],
    })

    await goto(`/orders/${order.id}`)
    const bundle = page.getByTestId("order-routine-bundle")
    await bundle.getByText("Barrier Restoration Routine").waitFor()
    await bundle.getByText("Gentle cleansing").waitFor()
    await expect(bundle.getByText("Paid").count()).resolves.toBe(1)
    await screenshot("order-widget")
  })

  it("lists the seeded symptoms with the products addressing them", async () => {
    await goto("/symptoms")
    await page.getByRole("row", { name: /Redness and irritation/ }).waitFor()
    await expect(page.getByRole("row").count()).resolves.toBe(6)
    await screenshot("symptoms")
  })
})
