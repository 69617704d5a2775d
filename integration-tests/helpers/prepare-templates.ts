import { BROWSER_STORE } from "../browser/helpers/seeded-database"
import { DEMO_STORE, ensureTemplate, type DatabaseTemplate } from "./template-database"

/**
 * `ts-node integration-tests/helpers/prepare-templates.ts <suite>…`: makes
 * the databases those suites' files start from, unless they are up to date.
 * `npm test` runs it once its first lane is done, beside the HTTP suite, so
 * the multi-instance and browser suites, which run last, find them made.
 */
const TEMPLATES: Record<string, DatabaseTemplate> = {
  "multi-instance": DEMO_STORE,
  browser: BROWSER_STORE,
}

const main = async () => {
  for (const suite of process.argv.slice(2)) {
    const template = TEMPLATES[suite]
    if (!template) throw new Error(`No template for ${suite}; known: ${Object.keys(TEMPLATES).join(", ")}`)
    const started = Date.now()
    console.log(`${suite}: ${await ensureTemplate(template)} (${Math.round((Date.now() - started) / 1000)} s)`)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
