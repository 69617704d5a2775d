import { execFile } from "child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, copyFileSync } from "fs"
import { tmpdir } from "os"
import path from "path"
import { promisify } from "util"
import { ROOT } from "../helpers/medusa-process"

const run = promisify(execFile)
jest.setTimeout(10 * 60 * 1000)

type PackResult = { filename: string; files: { path: string }[] }

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
        !/^\.medusa\/server\/src\/(admin|api|client|commands|lib|links|modules|policies|subscribers|types|workflows)\/.+\.(js|mjs|d\.ts|json)$/.test(file) &&
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
