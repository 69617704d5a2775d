import type { Page } from "playwright-core"

/** The routine finder as a shopper uses it: by the labels on its controls. */
export const finderOn = (page: Page) => {
  const root = page.getByTestId("routine-finder")
  const step = (handle: string) => root.locator(`[data-testid="finder-step"][data-step-handle="${handle}"]`)
  return {
    root,
    step,
    /** The product picked for a step, by its link. */
    pick: (handle: string) => step(handle).getByTestId("step-pick").getByRole("link"),
    reason: (handle: string) => step(handle).getByTestId("pick-reason"),
    total: () => root.getByTestId("bundle-total"),
    /** Waits until the finder shows this routine price (the quote of the latest change). */
    showsTotal: (amount: string) =>
      page.locator('[data-testid="routine-finder"][aria-busy="false"]').getByTestId("bundle-total").getByText(amount, { exact: true }).waitFor(),
    tick: (symptom: string) => root.getByRole("checkbox", { name: symptom }).check(),
    /** "Choose another" for a step; answers the chosen variant's id. */
    choose: async (handle: string, productTitle: string) => {
      const select = step(handle).getByLabel("Choose another")
      const variantId = await select.locator("option", { hasText: productTitle }).getAttribute("value")
      await select.selectOption(variantId!)
      return variantId!
    },
    /** "I already have this": leaves the step out. */
    drop: (handle: string) => step(handle).getByRole("checkbox", { name: /I already have this/ }).check(),
    leaveOutNote: (handle: string) => step(handle).getByTestId("leave-out-note"),
    addToCart: () => root.getByRole("button", { name: "Add the routine to cart" }).click(),
  }
}

/** A routine bundle in the cart page's main content (the drawer has its own copy). */
export const cartBundleOn = (page: Page, scope = page.getByRole("main")) => {
  const group = scope.getByTestId("routine-bundle")
  return {
    group,
    lines: group.getByTestId("bundle-line"),
    stepHandles: () => group.getByTestId("bundle-line").evaluateAll((lines) => lines.map((l) => l.getAttribute("data-step-handle"))),
    total: () => group.getByTestId("bundle-total"),
    saving: () => group.getByTestId("bundle-saving"),
    /** Waits until the group shows this routine price. */
    showsTotal: (amount: string) =>
      scope.locator('[data-testid="routine-bundle"]:not([aria-busy="true"])').getByTestId("bundle-total").getByText(amount, { exact: true }).waitFor(),
  }
}

export type Shopper = {
  email: string
  first_name: string
  last_name: string
  address_1: string
  postal_code: string
  city: string
  country: string
}

/** The checkout's contact and delivery steps, filled as a shopper would; payment is left to the caller. */
export const fillCheckout = async (page: Page, shopper: Shopper) => {
  const field = (label: string) => page.getByLabel(label, { exact: true })
  await field("Email").fill(shopper.email)
  await field("First name").fill(shopper.first_name)
  await field("Last name").fill(shopper.last_name)
  await field("Address").fill(shopper.address_1)
  await field("Postal code").fill(shopper.postal_code)
  await field("City").fill(shopper.city)
  await field("Country").selectOption({ label: shopper.country })
  await page.getByRole("button", { name: "Save and choose delivery" }).click()
  const delivery = page.getByRole("radiogroup", { name: "2. Delivery" })
  await delivery.getByRole("radio").first().click()
  const payment = page.getByRole("radiogroup", { name: "3. Payment" })
  await payment.getByRole("radio", { name: /Test payment/ }).waitFor()
}
