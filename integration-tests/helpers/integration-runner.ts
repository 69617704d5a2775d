import { randomUUID } from "crypto"
import path from "path"
import { medusaIntegrationTestRunner, TestDatabaseUtils } from "@medusajs/test-utils"
import { MIGRATED } from "./migrated-database"
import { copyTemplate, ensureTemplate } from "./template-database"

type Options = Parameters<typeof medusaIntegrationTestRunner>[0]
type SuiteOptions = Parameters<Options["testSuite"]>[0]

/** Set while a shared server's jest file loads a spec file (`shareServer`). */
let shared: { options: SuiteOptions; file: string } | null = null

/** test-utils' own template copies, which end the connections to the copied database first. */
const templates = TestDatabaseUtils.dbTestUtilFactory()

const bootOnTemplate = (options: Options) => {
  const dbName = `medusa-http-${process.env.JEST_WORKER_ID ?? "1"}-${randomUUID().slice(0, 8)}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        await copyTemplate(await ensureTemplate(MIGRATED), dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

/**
 * Medusa's test runner, started on a copy of the migrated template instead
 * of an empty database: the runner still migrates, links and indexes, and
 * finds every migration done, which saves each file its five seconds of
 * core migrations. Everything after (the boot, restoring the database
 * between tests) is the runner's own.
 *
 * Loaded by `shareServer`, a spec file's tests run on that server instead,
 * in a `describe` named after the file.
 */
export const integrationTestRunner = (options: Options) => {
  if (!shared) return bootOnTemplate(options)
  const { testSuite, ...serverOptions } = options
  if (Object.keys(serverOptions).length) {
    throw new Error(
      `A spec file that sets ${Object.keys(serverOptions).join(", ")} cannot share a server; list it in OWN_SERVER (integration-tests/http-shared/servers.js)`
    )
  }
  describeOnSharedServer(shared.file, shared.options, testSuite)
}

/** Where the runner restores each test's database from (its own naming). */
const defaultTemplate = (options: SuiteOptions) => `${options.dbConfig.dbName}-template`
const pristineTemplate = (options: SuiteOptions) => `${options.dbConfig.dbName}-pristine`

/**
 * One spec file's tests on the shared server, each on the database it would
 * have on a server of its own. The runner restores every test's database
 * from a template it takes before a file's first test, once the file's
 * `beforeAll` has seeded. Here, before each file, the database goes back to
 * the pristine copy (as migrated, before any file seeded); the file seeds;
 * its first test replaces the runner's template with that. Taking the
 * pristine copy again through the runner's `snapshot()` is what makes the
 * runner skip its restore before that first test, which would bring back
 * the previous file's data.
 */
const describeOnSharedServer = (file: string, options: SuiteOptions, testSuite: Options["testSuite"]) => {
  describe(file, () => {
    let first = true
    beforeAll(async () => {
      await options.dbUtils.restore({ templateName: pristineTemplate(options) })
      await options.dbUtils.snapshot({ templateName: pristineTemplate(options) })
    })
    beforeEach(async () => {
      if (!first) return
      first = false
      await templates.snapshot({
        databaseName: options.dbConfig.dbName,
        templateName: defaultTemplate(options),
      })
    })
    testSuite(options)
  })
}

const TEST_TIMEOUT = Symbol.for("TEST_TIMEOUT_SYMBOL")

/**
 * One server for several spec files (`files`, under integration-tests/http),
 * each file's tests in its own `describe`. A file that changes the
 * environment as it loads (a flag, a policy) would change the server of
 * every other: that fails here, naming it. Each file's `jest.setTimeout`
 * would override the one before; the longest is kept.
 */
export const shareServer = (files: string[]) => {
  let timeout = 5000
  bootOnTemplate({
    testSuite: (options) => {
      beforeAll(() => options.dbUtils.snapshot({ templateName: pristineTemplate(options) }))
      afterAll(() => templates.dropTemplate(pristineTemplate(options)))
      try {
        for (const file of files) {
          const env = JSON.stringify(process.env)
          shared = { options, file }
          require(path.join(__dirname, "../http", file))
          if (JSON.stringify(process.env) !== env) {
            throw new Error(`${file} changes the environment as it loads; list it in OWN_SERVER (integration-tests/http-shared/servers.js)`)
          }
          timeout = Math.max(timeout, (globalThis as Record<symbol, number>)[TEST_TIMEOUT] ?? 0)
        }
      } finally {
        shared = null
      }
      jest.setTimeout(timeout)
    },
  })
}
