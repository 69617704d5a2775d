import { execFile } from "child_process"
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync, copyFileSync } from "fs"
import { builtinModules } from "module"
import { tmpdir } from "os"
import path from "path"
import { promisify } from "util"
import { ROOT } from "../helpers/medusa-process"

const run = promisify(execFile)
jest.setTimeout(10 * 60 * 1000)

type PackResult = { filename: string; files: { path: string }[] }

const SPECIFIER = `["']((?:@[\\w.-]+/)?\\w[\\w.-]*(?:/[\\w.@/-]*)?)["']`
// CommonJS files import through require() alone (a `from "routine"` there is SQL); ES modules and declarations through import/from.
const IMPORTS = {
  commonjs: new RegExp(`\\b(?:require|import)\\(${SPECIFIER}\\)`, "g"),
  module: new RegExp(`(?:\\bfrom\\s*|^\\s*import\\s+|\\bimport\\()${SPECIFIER}`, "gm"),
}

/** The packages a built file imports ("@scope/name" or "name"); Node's built-ins left out. */
const importedPackages = (file: string, source: string): string[] => {
  const pattern = file.endsWith(".js") ? IMPORTS.commonjs : IMPORTS.module
  // Comments in declarations quote imports as examples.
  const code = file.endsWith(".d.ts") ? source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "") : source
  return [...code.matchAll(pattern)]
    .map((m) => m[1])
    .map((specifier) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/"))
    .filter((name) => !name.startsWith("node:") && !builtinModules.includes(name))
}

const bytesOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sum + bytesOf(full)
    return entry.isFile() ? sum + statSync(full).size : sum
  }, 0)

/**
 * What Medusa's dashboard has but a Medusa app does not hoist where the
 * plugin's admin resolves it: in a 2.21.1 app the top-level zod is 3.x (the
 * dashboard nests its zod 4), so an optional peer on zod 4 stops `npm
 * install` with ERESOLVE (seen by npm run check:host). A dependency nests
 * zod 4 under the plugin, where its admin build finds it.
 */
const NESTED_IN_HOSTS = ["zod"]

/** What the plugin may add to a Medusa app beside Medusa's own packages: itself and the admin's chart library. */
const INSTALLED_BUDGET_BYTES = 60 * 1024 * 1024

/*
 * The package a merchant installs, checked the way npm builds it (`npm pack`
 * runs `medusa plugin:build` first, from this checkout as it is): what is in
 * it, that every export resolves, and that a strict TypeScript program
 * compiles against its declarations.
 */
describe("the published package", () => {
  let workDir: string
  let files: string[]
  let tarball: string

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), "routine-pack-"))
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", workDir], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: "" },
    })
    const [result] = JSON.parse(stdout.slice(stdout.indexOf("["))) as PackResult[]
    files = result.files.map((f) => f.path).sort()
    tarball = path.join(workDir, result.filename)
  })

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true })
  })

  it("holds the plugin and nothing of the demo, the tests or the sources", () => {
    expect(files).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json", "openapi.json"]))
    const stray = files.filter(
      (file) =>
        !["LICENSE", "README.md", "package.json", "openapi.json"].includes(file) &&
        !/^\.medusa\/server\/src\/(admin|api|client|commands|jobs|lib|links|modules|policies|subscribers|types|workflows)\/.+\.(js|mjs|d\.ts|json)$/.test(file) &&
        !/^\.medusa\/server\/src\/plugin-options\.(js|d\.ts)$/.test(file)
    )
    expect(stray).toEqual([])
    for (const forbidden of [/\.map$/, /medusa-config/, /src\/scripts\//, /__tests__/, /\.ts$(?<!\.d\.ts)/, /^storefront\//, /^data\//]) {
      expect(files.filter((f) => forbidden.test(f))).toEqual([])
    }
    // No TypeScript source travels inside a compiled file either.
    const sample = readFileSync(path.join(ROOT, ".medusa/server/src/workflows/add-routine-bundle-to-cart.js"), "utf8")
    expect(sample).not.toContain("sourceMappingURL=data:")
  })

  it("resolves every export to a file in the package, declarations included", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"))
    const targets = Object.entries<string | Record<string, string>>(pkg.exports)
      .filter(([key]) => !key.includes("*"))
      .flatMap(([, target]) => (typeof target === "string" ? [target] : Object.values(target)))
      .map((target) => target.replace(/^\.\//, ""))
    expect(targets.filter((target) => !files.includes(target))).toEqual([])
    expect(pkg.peerDependencies).not.toHaveProperty("@medusajs/test-utils")
    expect(pkg.peerDependencies).not.toHaveProperty("@medusajs/cli")
    expect(pkg.repository?.url).toEqual(expect.stringContaining("github.com"))
  })

  it("declares exactly what its built files import: Medusa's server as peers, the admin's libraries as optional peers the host's dashboard provides", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"))
    const peers = Object.keys(pkg.peerDependencies)
    const optional = peers.filter((name) => pkg.peerDependenciesMeta?.[name]?.optional)
    const dependencies = Object.keys(pkg.dependencies ?? {})
    const importsOf = (filter: (file: string) => boolean) =>
      new Set(
        files
          .filter((file) => /\.(js|mjs|d\.ts)$/.test(file) && filter(file))
          .flatMap((file) => importedPackages(file, readFileSync(path.join(ROOT, file), "utf8")))
      )
    const admin = (file: string) => file.startsWith(".medusa/server/src/admin/")
    const declarations = (file: string) => file.endsWith(".d.ts")
    const server = importsOf((file) => !admin(file) && !declarations(file))
    const all = importsOf(() => true)
    all.delete(pkg.name)

    // The server's code runs on Medusa alone: both are required peers at one Medusa range, nothing else is.
    expect([...server].sort()).toEqual(["@medusajs/framework", "@medusajs/medusa"])
    expect(peers.filter((name) => !optional.includes(name)).sort()).toEqual(["@medusajs/framework", "@medusajs/medusa"])
    expect(pkg.peerDependencies["@medusajs/framework"]).toEqual(pkg.peerDependencies["@medusajs/medusa"])
    // Nothing imported goes undeclared; every dependency is used.
    expect([...all].filter((name) => !peers.includes(name) && !dependencies.includes(name))).toEqual([])
    expect(dependencies.filter((name) => !all.has(name))).toEqual([])
    // Optional peers are what a Medusa app already has through Medusa: the admin's libraries its admin build
    // resolves from the dashboard (one copy, the host's), the types the declarations name from the framework.
    // What Medusa lacks is a dependency, installed with the plugin.
    const depsOf = (name: string) =>
      Object.keys(JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")).dependencies)
    const provided = ["@medusajs/admin-sdk", ...depsOf("@medusajs/dashboard"), ...depsOf("@medusajs/framework")]
    expect(optional.filter((name) => !provided.includes(name))).toEqual([])
    expect(dependencies.filter((name) => provided.includes(name) && !NESTED_IN_HOSTS.includes(name))).toEqual([])
  })

  it("adds only its own dependency tree to a Medusa app, within its size budget", async () => {
    const host = path.join(workDir, "host")
    mkdirSync(host)
    writeFileSync(path.join(host, "package.json"), JSON.stringify({ name: "host", private: true }))
    // --legacy-peer-deps leaves the peers out: Medusa and its dashboard are the host's, whatever it installed.
    await run("npm", ["install", "--legacy-peer-deps", "--no-audit", "--no-fund", tarball], {
      cwd: host,
      env: { ...process.env, NODE_OPTIONS: "" },
      maxBuffer: 16 * 1024 * 1024,
    })
    const lock = JSON.parse(readFileSync(path.join(host, "node_modules/.package-lock.json"), "utf8"))
    const installed = Object.keys(lock.packages).map((key) => key.replace(/^.*node_modules\//, ""))
    expect(installed).toEqual(expect.arrayContaining(["medusa-plugin-routine-bundles", "recharts"]))
    expect(installed.filter((name) => /^(@medusajs|@mikro-orm|react$|react-dom$|next$|@types\/react$)/.test(name))).toEqual([])
    expect(bytesOf(path.join(host, "node_modules"))).toBeLessThan(INSTALLED_BUDGET_BYTES)
  })

  it("type-checks a strict program that calls every client function against the packed declarations", async () => {
    const app = path.join(workDir, "app")
    const installed = path.join(app, "node_modules/medusa-plugin-routine-bundles")
    mkdirSync(installed, { recursive: true })
    await run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"])
    // The app's own Medusa packages, as a merchant's app has them.
    for (const dep of ["@medusajs", "@types", "typescript", "@mikro-orm", "awilix", "zod"]) {
      if (existsSync(path.join(ROOT, "node_modules", dep))) {
        symlinkSync(path.join(ROOT, "node_modules", dep), path.join(app, "node_modules", dep))
      }
    }
    copyFileSync(path.join(__dirname, "consumer.ts"), path.join(app, "consumer.ts"))
    writeFileSync(
      path.join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "ES2022",
          module: "Node16",
          moduleResolution: "Node16",
          esModuleInterop: true,
          skipLibCheck: true,
          types: ["node"],
        },
        files: ["consumer.ts"],
      })
    )
    const tsc = path.join(ROOT, "node_modules/.bin/tsc")
    const result = await run(tsc, ["-p", app]).then(
      () => "",
      (e: { stdout: string }) => e.stdout
    )
    expect(result).toEqual("")

    // And the client runs from the package as it is (CommonJS, no build step).
    const { stdout } = await run(process.execPath, [
      "-e",
      `const m = require(${JSON.stringify(path.join(installed, ".medusa/server/src/client/store.js"))}); console.log(typeof m.routineBundles, typeof m.RoutineBundlesError)`,
    ])
    expect(stdout.trim()).toEqual("function function")
  })
})
