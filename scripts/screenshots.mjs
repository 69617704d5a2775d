// `npm run screenshots`: the browser suites with their pictures written to
// docs/screenshots (the README's), instead of the git-ignored .tmp/screenshots.
import { spawn } from "node:child_process"
import process from "node:process"

const child = spawn(process.execPath, ["scripts/test.mjs", "browser"], {
  stdio: "inherit",
  env: { ...process.env, SCREENSHOTS_DIR: "docs/screenshots" },
})
child.on("exit", (code) => process.exit(code ?? 1))
