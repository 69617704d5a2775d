import { mkdirSync } from "fs"
import path from "path"
import { ROOT } from "./medusa-process"

/**
 * Where browser suites write their screenshots: a git-ignored folder, so a
 * test run leaves the working tree clean. `npm run screenshots` points
 * SCREENSHOTS_DIR at docs/screenshots to refresh the README's pictures.
 */
export const screenshotsDir = () => {
  const dir = path.resolve(ROOT, process.env.SCREENSHOTS_DIR || ".tmp/screenshots")
  mkdirSync(dir, { recursive: true })
  return dir
}
