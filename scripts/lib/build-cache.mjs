// Rebuilds only what changed: a build's inputs are hashed, and the hash is
// kept beside its output. `npm run demo` and the browser suites share it, so
// a second start (or a second suite) reuses the build.
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"
import process from "node:process"
import { run } from "./embedded-postgres.mjs"

// Outputs and caches, and the types file `next build` writes into its own input.
const SKIP = new Set(["node_modules", "dist", ".next", ".medusa", ".git", ".data", ".tmp", "next-env.d.ts", "tsconfig.tsbuildinfo"])

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

/** The cached builds: the Medusa app (backend and admin) and the storefront. */
const BUILDS = {
  backend: {
    inputs: ["src", "medusa-config.ts", "tsconfig.json", "package-lock.json"],
    marker: ".medusa/server/.build-hash",
    bin: "medusa",
    dir: ".",
    // The admin bundle bakes these in (medusa-config.ts reads them at build time).
    env: ["MEDUSA_BACKEND_URL", "MEDUSA_ADMIN_DISABLED"],
  },
  storefront: {
    // Its own code and the client package it installs (packages/client,
    // compiled from src/client and src/types, which it imports from).
    inputs: ["storefront", "packages/client", "src/client", "src/types", "src/lib", "package-lock.json"],
    // The storefront imports the client package as a merchant's would, from
    // its compiled files: build them first.
    before: ["tsc", ["-p", "packages/client/tsconfig.build.json"]],
    marker: "storefront/.next/.build-hash",
    bin: "next",
    dir: "storefront",
    env: [],
  },
}

export const BUILD_NAMES = Object.keys(BUILDS)

/** `medusa build` or `next build` in `root` unless that build is up to date; true when it built. */
export const buildIfChangedNamed = (root, name, env = process.env) => {
  const build = BUILDS[name]
  return buildIfChanged({
    root,
    inputs: build.inputs,
    marker: path.join(root, build.marker),
    key: build.env.map((variable) => `${variable}=${env[variable] ?? ""}`).join(";"),
    build: async () => {
      if (build.before) {
        const [bin, args] = build.before
        const status = await run(path.join(root, "node_modules/.bin", bin), args, { cwd: root, env })
        if (status !== 0) return status
      }
      return run(path.join(root, "node_modules/.bin", build.bin), ["build"], { cwd: path.join(root, build.dir), env })
    },
  })
}
