import { buildIfChanged } from "../../helpers/build"
import { BUILD_DIR, medusaEnv, runMedusa, startMedusa } from "../../helpers/medusa-process"
import { seededDatabase } from "./seeded-database"

import { USERS } from "./users"

export { ROOT } from "../../helpers/medusa-process"

export type MedusaServer = {
  url: string
  databaseName: string
  stop: () => Promise<void>
}

/**
 * A production server on its own fresh, seeded database: the admin is served
 * prebuilt, as a merchant would run it, so pages load in seconds. Redis is
 * left out on purpose: parallel suites must not share event buses or
 * workflow state, so the server runs on the in-memory modules.
 *
 * Medusa's role-based access control is on (the `rbac` flag, for every
 * command: the RBAC module's tables, the owner's super admin role and the
 * demo's roles all need it), so the admin is seen as each role sees it.
 */
export const startMedusaServer = async (): Promise<MedusaServer> => {
  const rbac = { MEDUSA_FF_RBAC: "true" }
  const prepareDatabase = async (url: string) => {
    const env = medusaEnv({ DATABASE_URL: url, ...rbac })
    await runMedusa(["db:migrate"], env)
    await runMedusa(["exec", "./src/scripts/seed.ts"], env)
    await runMedusa(["user", "-e", USERS.owner.email, "-p", USERS.owner.password], env)
    await runMedusa(["exec", "./integration-tests/browser/helpers/seed-users.ts"], env)
  }
  // The build needs no database, so it runs while the database is prepared.
  const [, database] = await Promise.all([buildIfChanged("backend"), seededDatabase("routine_browser", prepareDatabase)])
  try {
    const server = await startMedusa(
      medusaEnv({ DATABASE_URL: database.url, NODE_ENV: "production", ...rbac }),
      { cwd: BUILD_DIR }
    )
    return {
      url: server.url,
      databaseName: database.name,
      stop: async () => {
        await server.stop()
        await database.drop()
      },
    }
  } catch (error) {
    await database.drop()
    throw error
  }
}
