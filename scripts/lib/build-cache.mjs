// Rebuilds only what changed: a build's inputs are hashed, and the hash is
// kept beside its output. `npm run demo` and the browser suites share it, so
// a second start (or a second suite) reuses the build.
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"

// Outputs and caches, and the types file `next build` writes into its own input.
const SKIP = new Set(["node_modules", ".next", ".medusa", ".git", ".data", ".tmp", "next-env.d.ts", "tsconfig.tsbuildinfo"])

const files = (entry) => {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry)
    .filter((name) => !SKIP.has(name))
    .sort()
    .flatMap((name) => files(path.join(entry, name)))
}

export const hashInputs = (root, inputs) => {
  const hash = createHash("sha256")
  for (const file of inputs.flatMap((input) => files(path.join(root, input)))) {
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0")
  }
  return hash.digest("hex")
}

/**
 * Runs `build` unless `marker` (a file inside the build's output) holds the
 * hash of `inputs` and extra `key` (options that change the output).
 */
export const buildIfChanged = async ({ root, inputs, marker, key = "", build }) => {
  const hash = `${hashInputs(root, inputs)}:${key}`
  if (existsSync(marker) && readFileSync(marker, "utf8") === hash) {
    return false
  }
  const status = await build()
  if (status !== 0) {
    throw new Error(`build failed with status ${status}`)
  }
  writeFileSync(marker, hash)
  return true
}

/** The inputs of the Medusa app's build (backend and admin). */
export const BACKEND_INPUTS = ["src", "medusa-config.ts", "tsconfig.json", "package-lock.json"]
/** The inputs of the storefront's build: its own code and the plugin's client and types it compiles in. */
export const STOREFRONT_INPUTS = ["storefront", "src/client", "src/types", "package-lock.json"]
