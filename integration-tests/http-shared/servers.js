// How `npm test` runs the HTTP suite: the spec files under ../http share a
// few servers instead of booting one each. A boot costs about 13 s of a
// 2-core machine's time with three files running; shared, 35 boots become
// twelve. Each file still gets the database it would have alone
// (integration-runner.ts); what the server keeps in memory (caches, event
// subscribers) it shares with the files before it, as a file's tests share
// it with one another. `npm test -- integration:http -- <jest args>`,
// and jest run directly, give every spec file its own server as before.
const { readdirSync } = require("fs")
const path = require("path")

// Spec files that set the server's environment as they load (a feature
// flag, the cart lock's wait, a return policy, the page cache's lifetime):
// each boots its own server with it.
const OWN_SERVER = [
  "admin-rbac.spec.ts",
  "cart-concurrency-short-wait.spec.ts",
  "order-changes-reprice.spec.ts",
  "routine-availability.spec.ts",
  "routine-page-cache.spec.ts",
  "routine-translations.spec.ts",
]

// One per server-<n>.spec.ts here: two per jest worker (scripts/test.mjs
// runs three), so the last to finish waits on less.
const SHARED_SERVERS = readdirSync(__dirname).filter((file) => /^server-\d+\.spec\.ts$/.test(file)).length

const HTTP = path.join(__dirname, "../http")

/** The spec files shared server `n` (1 to SHARED_SERVERS) runs, every other file by name. */
const filesOfServer = (n) =>
  readdirSync(HTTP)
    .filter((file) => file.endsWith(".spec.ts") && !OWN_SERVER.includes(file))
    .sort()
    .filter((_, i) => i % SHARED_SERVERS === n - 1)

/** Jest's testMatch when the servers are shared: the shared servers' files and the files with their own. */
const testMatch = ["<rootDir>/integration-tests/http-shared/*.spec.ts", ...OWN_SERVER.map((file) => `<rootDir>/integration-tests/http/${file}`)]

module.exports = { filesOfServer, testMatch }
