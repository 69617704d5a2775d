// The server under test: Medusa's production build (backend only, the admin is
// disabled) started with `medusa start`, as a merchant runs it. The build is
// made in a temporary copy of the project so the bench never overwrites the
// `.medusa/server` folder of a plugin build or of another test run.
import { spawn } from "node:child_process"
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "../lib/embedded-postgres.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const PROJECT_FILES = ["src", "medusa-config.ts", "tsconfig.json", "package.json"]

const MEDUSA_BIN = path.join(ROOT, "node_modules/.bin/medusa")

/** Runs a medusa CLI command to completion; rejects with its output's tail. */
export const medusa = (args, { cwd = ROOT, env }) =>
  new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, args, { cwd, env })
    let output = ""
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-8000)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`medusa ${args.join(" ")} exited ${code}:\n${output}`))
    )
  })

export const buildServer = async (env) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "routine-bench-build-"))
  for (const file of PROJECT_FILES) {
    cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true })
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"))
  // `medusa build` exits 1 on type errors yet emits the JavaScript: type
  // errors are tsc's to report, the bench goes on and records the warning.
  const warning = await medusa(["build"], { cwd: dir, env }).then(
    () => null,
    (error) => {
      if (!error.message.includes("Backend build completed with errors")) {
        rmSync(dir, { recursive: true, force: true })
        throw error
      }
      return "medusa build reported type errors"
    }
  )
  return {
    warning,
    serverDir: path.join(dir, ".medusa/server"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

const waitForHealth = async (url, child, log) => {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`medusa start exited ${child.exitCode}:\n${log()}`)
    }
    const ok = await fetch(`${url}/health`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`medusa start did not answer /health within 90 s:\n${log()}`)
}

/**
 * `node_modules/.bin/medusa` is a node script: the spawned pid is the server's
 * own node process (no npx or shell in between), so its /proc entry is the
 * memory the server really holds.
 */
const memoryOf = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8")
  const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, "m"))[1])
  return { rss_mb: kb("VmRSS") / 1024, peak_rss_mb: kb("VmHWM") / 1024 }
}

export const startServer = async ({ serverDir, env }) => {
  const port = await freePort()
  let output = ""
  const child = spawn(MEDUSA_BIN, ["start"], {
    cwd: serverDir,
    env: { ...env, NODE_ENV: "production", PORT: String(port) },
  })
  const collect = (chunk) => {
    output = (output + chunk.toString()).slice(-20000)
  }
  child.stdout.on("data", collect)
  child.stderr.on("data", collect)
  child.on("error", (error) => {
    output += `\n${error.message}`
  })
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000)
      child.once("exit", () => {
        clearTimeout(force)
        resolve()
      })
      child.kill("SIGTERM")
    })
  try {
    await waitForHealth(url, child, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    url,
    pid: child.pid,
    memory: () => memoryOf(child.pid),
    log: () => output,
    stop,
  }
}
