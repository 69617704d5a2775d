import { randomUUID } from "crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MIGRATED } from "./migrated-database"
import { copyTemplate, ensureTemplate } from "./template-database"

type Options = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's test runner, started on a copy of the migrated template instead
 * of an empty database: the runner still migrates, links and indexes, and
 * finds every migration done, which saves each file its five seconds of
 * core migrations. Everything after (the boot, restoring the database
 * between tests) is the runner's own.
 */
export const integrationTestRunner = (options: Options) => {
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
