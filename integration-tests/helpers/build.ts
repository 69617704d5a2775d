import { spawn } from "child_process"
import path from "path"
import { ROOT, tail } from "./medusa-process"

/**
 * `medusa build` or `next build` unless that build is up to date, through
 * the same cache as `npm run demo` (scripts/build-if-changed.mjs): suites and
 * the demo reuse one another's builds.
 */
export const buildIfChanged = (name: "backend" | "storefront") =>
  new Promise<string>((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }
    delete env.NODE_OPTIONS
    delete env.NODE_ENV
    const child = spawn(process.execPath, [path.join(ROOT, "scripts/build-if-changed.mjs"), name], { cwd: ROOT, env })
    let output = ""
    child.stdout.on("data", (c: Buffer) => (output = tail(output, c)))
    child.stderr.on("data", (c: Buffer) => (output = tail(output, c)))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve(output.trim().split("\n").at(-1)!) : reject(new Error(`${name} build exited ${code}:\n${output}`))
    )
  })
