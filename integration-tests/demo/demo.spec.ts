import { spawn, type ChildProcess } from "child_process"
import { chmodSync, mkdtempSync, rmSync } from "fs"
import { tmpdir } from "os"
import path from "path"
import { chromium, type BrowserContext } from "playwright-core"
import { freePort, ROOT } from "../helpers/medusa-process"
import { screenshotsDir } from "../helpers/screenshots"

jest.setTimeout(20 * 60 * 1000)

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
]

/** Whether any process of the group still runs. */
const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/*
 * `npm run demo` exactly as the README says, on a fresh data folder and with
 * no DATABASE_URL: what a newcomer sees. It must serve the admin with the
 * plugin's pages (logging in over plain http), the storefront, and stop
 * everything on Ctrl-C.
 */
describe("npm run demo, as a newcomer runs it", () => {
  let demo: ChildProcess
  let output = ""
  let dataDir: string
  let backend: string
  let storefront: string
  let browser: BrowserContext
  let profile: string

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "routine-demo-data-"))
    chmodSync(dataDir, 0o755)
    // Two distinct ports: the system may hand the same free port out twice.
    const port = await freePort()
    let storefrontPort = await freePort()
    while (storefrontPort === port) storefrontPort = await freePort()
    backend = `http://localhost:${port}`
    storefront = `http://localhost:${storefrontPort}`
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DEMO_DATA_DIR: dataDir,
      PORT: String(port),
      STOREFRONT_PORT: String(storefrontPort),
    }
    for (const key of ["DATABASE_URL", "NODE_OPTIONS", "NODE_ENV", "TEST_TYPE", "REDIS_URL", "DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD"]) {
      delete env[key]
    }
    // Its own process group: stopping it must leave no process of the group behind.
    demo = spawn("npm", ["run", "demo"], { cwd: ROOT, env, detached: true })
    demo.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()))
    demo.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()))
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes("Demo ready")) {
          clearInterval(timer)
          resolve()
        } else if (demo.exitCode !== null) {
          clearInterval(timer)
          reject(new Error(`npm run demo exited ${demo.exitCode}:\n${output.slice(-6000)}`))
        }
      }, 500)
    })
    profile = mkdtempSync(path.join(tmpdir(), "routine-demo-chromium-"))
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      headless: true,
      viewport: { width: 1440, height: 1000 },
      args: CHROMIUM_ARGS,
    })
    browser.setDefaultTimeout(60_000)
  })

  afterAll(async () => {
    await browser?.close()
    if (demo?.pid && groupAlive(demo.pid)) process.kill(-demo.pid, "SIGKILL")
    // Unset when the demo failed before the browser started.
    if (profile) rmSync(profile, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
  })

  it("prints both addresses and the admin users' logins", () => {
    expect(output).toContain(`Storefront  ${storefront}`)
    expect(output).toContain(`Admin       ${backend}/app     admin@example.com / supersecret`)
    // Medusa's role-based access control is on, with the demo's two other roles.
    expect(output).toContain("merchandiser: merchandiser@example.com / supersecret")
    expect(output).toContain("support: support@example.com / supersecret")
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/) // no stack trace on the way
  })

  it("serves the admin with the plugin's pages and widgets, logging in over plain http", async () => {
    const page = browser.pages()[0] ?? (await browser.newPage())
    await page.goto(`${backend}/app/login`)
    await page.locator('input[name="email"]').fill("admin@example.com")
    await page.locator('input[name="password"]').fill("supersecret")
    await page.getByRole("button", { name: "Continue with Email" }).click()
    await page.waitForURL((url) => !url.pathname.includes("/login"))
    // The plugin's sidebar entries: waitFor fails the test if they never show.
    await page.getByRole("link", { name: "Routines" }).first().waitFor()
    await page.getByRole("link", { name: "Symptoms" }).first().waitFor()

    await page.getByRole("link", { name: "Routines" }).first().click()
    // Admin lists open a record on a row click; the rows are not links.
    await page.getByRole("row", { name: /Barrier Restoration Routine/ }).first().click()
    await page.getByRole("heading", { name: "Barrier Restoration Routine" }).waitFor()
    await page.getByText("Gentle cleansing").first().waitFor()

    await page.goto(`${backend}/app/products`)
    await page.getByRole("row", { name: /Moisturising Cleansing Milk/ }).first().click()
    // The widget renders before its routines load: wait for the routine itself.
    await page.getByTestId("product-routines-widget").getByText("Barrier Restoration Routine").first().waitFor()
    await page.screenshot({ path: path.join(screenshotsDir(), "demo-admin-product.png") })
  })

  it("has its roles: the merchandiser renames a routine but may not change its price; support may not edit it", async () => {
    const token = async (email: string) => {
      const response = await fetch(`${backend}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "supersecret" }),
      })
      return ((await response.json()) as { token: string }).token
    }
    const as = async (email: string, method: string, url: string, body?: unknown) => {
      const response = await fetch(`${backend}${url}`, {
        method,
        headers: { "content-type": "application/json", authorization: `Bearer ${await token(email)}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, data: (await response.json()) as any }
    }
    const { data } = await as("merchandiser@example.com", "GET", "/admin/routines?handle=barrier-restoration")
    const url = `/admin/routines/${data.routines[0].id}`
    const title = data.routines[0].title

    expect((await as("merchandiser@example.com", "POST", url, { title })).status).toEqual(200)
    expect(await as("merchandiser@example.com", "POST", url, { discount_value: 90 })).toMatchObject({
      status: 403,
      data: { message: "Insufficient permissions. Required policies: routine_offer:update" },
    })
    expect((await as("support@example.com", "POST", url, { title })).status).toEqual(403)
    expect((await as("admin@example.com", "GET", `${url}`)).data.routine.discount_value).toEqual(data.routines[0].discount_value)
  })

  it("serves the storefront, wired to the backend and its publishable key", async () => {
    const page = await browser.newPage()
    await page.goto(storefront)
    await page.getByRole("heading", { name: "Barrier Restoration Routine" }).first().waitFor()
    await page.getByText("Gentle cleansing").first().waitFor()
    await page.close()
  })

  it("stops everything on Ctrl-C: no process left, nothing listening", async () => {
    const exited = new Promise<void>((resolve) => demo.once("exit", () => resolve()))
    // What a terminal does on Ctrl-C: SIGINT to the whole foreground group.
    process.kill(-demo.pid!, "SIGINT")
    await exited
    // The backend, the storefront and the embedded PostgreSQL shut down in their
    // own time (a checkpoint, open connections): the deadline only bounds a hang.
    const deadline = Date.now() + 120_000
    while (groupAlive(demo.pid!) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250))
    }
    expect(groupAlive(demo.pid!)).toBe(false)
    const answering = await Promise.all(
      [`${backend}/health`, storefront].map((url) => fetch(url).then(() => url, () => null))
    )
    expect(answering.filter(Boolean)).toEqual([])
  })
})
