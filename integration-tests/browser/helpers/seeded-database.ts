import { medusaEnv, runMedusa } from "../../helpers/medusa-process"
import { databaseFromTemplate, type DatabaseTemplate } from "../../helpers/template-database"
import { USERS } from "./users"

/** Medusa's role-based access control, on for every command and the server (medusa-server.ts says why). */
export const RBAC = { MEDUSA_FF_RBAC: "true" }

/**
 * The browser suite's store: migrations, the seed, the owner and the demo's
 * other users, with RBAC on. It changes with the plugin's source (models,
 * migrations, links, the seed), the demo data, the Medusa version and the
 * suite's own users.
 */
export const BROWSER_STORE: DatabaseTemplate = {
  prefix: "routine_browser_tpl_",
  inputs: ["src", "data", "medusa-config.ts", "package-lock.json", "integration-tests/browser/helpers"],
  env: ["ROUTINE_CATALOG", "STOREFRONT_URL"],
  prepare: async (url) => {
    const env = medusaEnv({ DATABASE_URL: url, ...RBAC })
    await runMedusa(["db:migrate"], env)
    await runMedusa(["exec", "./src/scripts/seed.ts"], env)
    await runMedusa(["user", "-e", USERS.owner.email, "-p", USERS.owner.password], env)
    await runMedusa(["exec", "./integration-tests/browser/helpers/seed-users.ts"], env)
  },
}

/**
 * A fresh database holding the browser suite's store, copied from its
 * template: every browser spec file starts from the same store without
 * running four `medusa` commands again.
 */
export const seededDatabase = () => databaseFromTemplate(BROWSER_STORE, "routine_browser")
