import { mkdtempSync, rmSync } from "fs"
import { tmpdir } from "os"
import path from "path"
import { chromium, type BrowserContext, type Page } from "playwright-core"
import { USERS, type AdminUser } from "./users"

export type AdminBrowser = {
  context: BrowserContext
  page: Page
  close: () => Promise<void>
}

/**
 * Debian's Chromium with a throwaway profile. The server runs with
 * NODE_ENV=production, which marks the session cookie secure: the forwarded
 * proto header lets it be set over plain http.
 */
export const openAdminBrowser = async (): Promise<AdminBrowser> => {
  const profile = mkdtempSync(path.join(tmpdir(), "routine-chromium-"))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1440, height: 2000 },
    // Fixed so amounts and dates render the same on every machine.
    locale: "en-US",
    timezoneId: "UTC",
    extraHTTPHeaders: { "X-Forwarded-Proto": "https" },
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
  // Every wait is for a state (an element, a URL); the limit only bounds a
  // hang. The admin's pages take seconds on a loaded two-core CI machine,
  // so it is generous.
  context.setDefaultTimeout(60_000)
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Logs in through the admin's form, as the owner unless told. */
export const logIn = async (page: Page, baseUrl: string, user: AdminUser = USERS.owner) => {
  await page.goto(`${baseUrl}/app/login`)
  await page.locator('input[name="email"]').fill(user.email)
  await page.locator('input[name="password"]').fill(user.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.includes("/login"))
}
