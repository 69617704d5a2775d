import { chromium, type Browser, type Page } from "playwright-core"

export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 390, height: 844 }

export type StorefrontBrowser = {
  /** A fresh shopper (own cookies, so own cart) on a page of this size. */
  newShopper: (viewport: { width: number; height: number }) => Promise<Page>
  close: () => Promise<void>
}

/** Debian's Chromium, launched as the admin suite launches it; one context per shopper. */
export const openStorefrontBrowser = async (): Promise<StorefrontBrowser> => {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  })
  return {
    newShopper: async (viewport) => {
      const context = await browser.newContext({
        viewport,
        isMobile: viewport.width < 600,
        hasTouch: viewport.width < 600,
        // Fixed so amounts render the same on every machine.
        locale: "en-US",
        timezoneId: "UTC",
      })
      // Every wait is for a state; the limit only bounds a hang. A server-rendered
      // page that quotes the backend takes seconds on a loaded two-core machine.
      context.setDefaultTimeout(60_000)
      return context.newPage()
    },
    close: () => browser.close(),
  }
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

declare global {
  interface Window {
    axe: { run: () => Promise<{ violations: AxeViolation[] }> }
  }
}

/**
 * axe-core's serious and critical violations on the page as it is now, one
 * line each ("rule: help (selectors)"): an empty list is an accessible page.
 */
export const seriousA11yViolations = async (page: Page) => {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") })
  const violations = await page.evaluate(() => window.axe.run().then((r) => r.violations))
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)
}

/** Wider than the viewport means the shopper has to scroll sideways. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
