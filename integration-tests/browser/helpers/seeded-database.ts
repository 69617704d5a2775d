import { databaseFromTemplate, type DatabaseTemplate } from "../../helpers/template-database"

/**
 * A fresh database holding what `prepare` makes (migrations, the seed, the
 * users), copied from a template made once for these inputs: every browser
 * spec file starts from the same store without running four `medusa`
 * commands again. The template changes with the plugin's source (models,
 * migrations, links, the seed), the demo data, the Medusa version and the
 * suite's own users.
 */
export const seededDatabase = (prefix: string, prepare: DatabaseTemplate["prepare"]) =>
  databaseFromTemplate(
    {
      prefix: "routine_browser_tpl_",
      inputs: ["src", "data", "medusa-config.ts", "package-lock.json", "integration-tests/browser/helpers"],
      env: ["ROUTINE_CATALOG", "STOREFRONT_URL"],
      prepare,
    },
    prefix
  )
