import { medusaEnv, runMedusa } from "./medusa-process"
import { ensureTemplate, type DatabaseTemplate } from "./template-database"

/**
 * The HTTP suite's starting database: core's, the plugin's and the links'
 * migrations, nothing else (the migration scripts insert data the test
 * runner's own migration does not). It changes with the plugin's models and
 * links, medusa-config.ts and the Medusa version. Flags are left out of its
 * name: a file that turns on a module (RBAC) has the runner migrate that
 * module on its copy, as the runner finds what is missing.
 */
export const MIGRATED: DatabaseTemplate = {
  prefix: "routine_http_tpl_",
  inputs: ["src/modules", "src/links", "medusa-config.ts", "package-lock.json"],
  env: [],
  prepare: async (url) => {
    await runMedusa(["db:migrate", "--skip-scripts", "--execute-safe-links"], medusaEnv({ DATABASE_URL: url }))
  },
}

/** Jest's global setup for the HTTP suite: the template, made once before the files start side by side. */
export default async () => {
  await ensureTemplate(MIGRATED)
}
