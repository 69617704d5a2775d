import { execFile } from "child_process"
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs"
import { tmpdir } from "os"
import path from "path"
import { promisify } from "util"
import { ROOT } from "../helpers/medusa-process"

const run = promisify(execFile)
jest.setTimeout(10 * 60 * 1000)

const CLIENT_DIR = path.join(ROOT, "packages/client")
const CLIENT = "medusa-plugin-routine-bundles-client"
const JS_SDK = "@medusajs/js-sdk"
/** What the client may add to a storefront that has the JS SDK. */
const SIZE_BUDGET_BYTES = 1024 * 1024

// npm must not inherit jest's --experimental-vm-modules, nor write into the
// repository's own package-lock when a project's folder lacks one.
const npmEnv = { ...process.env, NODE_OPTIONS: "", npm_config_audit: "false", npm_config_fund: "false" }

const bytesOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sum + bytesOf(full)
    return entry.isFile() ? sum + statSync(full).size : sum
  }, 0)

type LockPackage = { version?: string; dependencies?: Record<string, string>; peer?: boolean }

/** node_modules' packages by name, from npm's hidden lockfile of the install. */
const installedPackages = (project: string): Record<string, LockPackage> => {
  const lock = JSON.parse(readFileSync(path.join(project, "node_modules/.package-lock.json"), "utf8"))
  return Object.fromEntries(
    Object.entries<LockPackage>(lock.packages)
      .filter(([key]) => key.startsWith("node_modules/"))
      .map(([key, value]) => [key.slice("node_modules/".length), value])
  )
}

/** A package and everything it depends on, by name (the tree is flat here). */
const closure = (packages: Record<string, LockPackage>, name: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(name) || !packages[name]) return seen
  seen.add(name)
  for (const dependency of Object.keys(packages[name].dependencies ?? {})) closure(packages, dependency, seen)
  return seen
}

const newProject = (root: string, name: string, dependencies: Record<string, string> = {}) => {
  const dir = path.join(root, name)
  mkdirSync(dir)
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, private: true, dependencies }, null, 2))
  return dir
}

const tsc = path.join(ROOT, "node_modules/.bin/tsc")
/** tsc's diagnostics for the consumer under these options ("" when it compiles). */
const compile = async (project: string, compilerOptions: Record<string, unknown>) => {
  copyFileSync(path.join(__dirname, "client-consumer.ts"), path.join(project, "consumer.ts"))
  writeFileSync(
    path.join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        lib: ["dom", "dom.iterable", "esnext"],
        esModuleInterop: true,
        // Nothing from outside the project: no @types, no typescript install.
        types: [],
        ...compilerOptions,
      },
      files: ["consumer.ts"],
    })
  )
  return run(tsc, ["-p", "."], { cwd: project, maxBuffer: 64 * 1024 * 1024 }).then(
    () => "",
    (e: { stdout: string }) => e.stdout
  )
}

/*
 * The client package a storefront installs instead of the plugin: packed as
 * npm publishes it, installed from the registry into an empty project with
 * nothing else, measured, and compiled the ways storefronts compile.
 */
describe("the client package", () => {
  let workDir: string
  let tarball: string
  let project: string

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), "routine-client-"))
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", workDir], {
      cwd: CLIENT_DIR,
      env: npmEnv,
      maxBuffer: 16 * 1024 * 1024,
    })
    const [packed] = JSON.parse(stdout.slice(stdout.indexOf("["))) as { filename: string }[]
    tarball = path.join(workDir, packed.filename)
    project = newProject(workDir, "storefront")
    await run("npm", ["install", tarball], { cwd: project, env: npmEnv, maxBuffer: 16 * 1024 * 1024 })
  })

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true })
  })

  it("asks for the JS SDK alone, at any Medusa 2 version, and depends on nothing", () => {
    const pkg = JSON.parse(readFileSync(path.join(CLIENT_DIR, "package.json"), "utf8"))
    expect(pkg.peerDependencies).toEqual({ [JS_SDK]: "^2.0.0" })
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it("installs with the JS SDK and the SDK's own dependencies only, under 1 MB beside them", () => {
    const packages = installedPackages(project)
    const sdk = closure(packages, JS_SDK)
    expect(sdk.has(JS_SDK)).toBe(true)
    const extra = Object.keys(packages).filter((name) => !sdk.has(name))
    expect(extra).toEqual([CLIENT])
    expect(Object.keys(packages).filter((name) => name.startsWith("@medusajs/"))).toEqual([JS_SDK])

    const added = extra.reduce((sum, name) => sum + bytesOf(path.join(project, "node_modules", name)), 0)
    expect(added).toBeLessThan(SIZE_BUDGET_BYTES)
  })

  it.each([
    ["bundler", { module: "esnext", moduleResolution: "bundler", target: "ES2020" }],
    ["node16", { module: "node16", moduleResolution: "node16", target: "ES2020" }],
    ["node (typesVersions)", { module: "commonjs", moduleResolution: "node", target: "ES2020" }],
    ["ES5, as dtc-starter's storefront", { module: "esnext", moduleResolution: "node", target: "es5", isolatedModules: true }],
  ])("compiles a strict program under moduleResolution %s", async (_name, options) => {
    // skipLibCheck as every Next.js project has it: the JS SDK's own
    // declarations import @medusajs/types, which the SDK does not declare.
    expect(await compile(project, { ...options, skipLibCheck: true })).toEqual("")
  })

  it("has complete declarations of its own: checked fully, only the JS SDK's undeclared @medusajs/types is missing", async () => {
    const output = await compile(project, { module: "esnext", moduleResolution: "node", target: "es5", skipLibCheck: false })
    const lines = output.split("\n").filter((line) => /error TS\d+/.test(line))
    // Nothing but the SDK's own missing import may fail; not a line in the client's files or the program.
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.filter((line) => !/^node_modules\/@medusajs\/js-sdk\/.+Cannot find module '@medusajs\/types'/.test(line))).toEqual([])
  })

  it("loads from CommonJS and from an ES module, both entry points", async () => {
    const script = `
      const client = require("${CLIENT}")
      const types = require("${CLIENT}/types")
      import("${CLIENT}").then((esm) => console.log(typeof client.routineBundles, typeof esm.RoutineBundlesError, types.DISCOUNT_TYPES.join(",")))`
    const { stdout } = await run(process.execPath, ["-e", script], { cwd: project, env: npmEnv })
    expect(stdout.trim()).toEqual("function function percentage,fixed,set_price,cheapest_step_free")
  })

  it("installs beside dtc-starter's JS SDK (2.18.0) without a conflict and compiles there under its options", async () => {
    const starter = newProject(workDir, "dtc-starter-like", { [JS_SDK]: "2.18.0" })
    await run("npm", ["install", tarball], { cwd: starter, env: npmEnv, maxBuffer: 16 * 1024 * 1024 })
    expect(installedPackages(starter)[JS_SDK].version).toEqual("2.18.0")
    expect(existsSync(path.join(starter, "node_modules", CLIENT, "dist/types/index.d.ts"))).toBe(true)
    expect(
      await compile(starter, { module: "esnext", moduleResolution: "node", target: "es5", isolatedModules: true, skipLibCheck: true })
    ).toEqual("")
  })
})
