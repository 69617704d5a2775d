import path from "path"
import type { Page } from "playwright-core"
import { screenshotsDir } from "../../helpers/screenshots"

/**
 * A screenshot of an admin page, cropped to its content: the admin scrolls
 * an inner panel, so the viewport is tall and mostly empty below short pages.
 */
export const saveScreenshot = async (page: Page, name: string) => {
  const bottom = await page.evaluate(() => document.querySelector("main")?.firstElementChild?.getBoundingClientRect().bottom ?? 0)
  const { width, height } = page.viewportSize()!
  await page.screenshot({
    path: path.join(screenshotsDir(), `${name}.png`),
    style: "[data-sonner-toaster] { display: none !important; }",
    clip: { x: 0, y: 0, width, height: Math.min(height, Math.max(720, Math.ceil(bottom) + 16)) },
  })
}
