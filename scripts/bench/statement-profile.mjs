// Where a request's SQL statements go: the statements are cut where each
// workflow starts (Medusa's in-memory engine looks its execution up first)
// and where the plugin's records are written, in the order they ran. Work
// that runs concurrently (a subscriber after the response) blurs the last
// segments; the counts still add up to the request's.

const PLUGIN_TABLE = /(from|into|join|update) "(routine|care_step|symptom)\w*"/
const WORKFLOW_START = /from "workflow_execution" .*"workflow_id" = '([^']+)'/
const RECORDS_START = /^insert into "routine_bundle"/
// The cart's bundles read by cart: first under the lock, then for the response.
const CART_STATE_START = /^select .* from "routine_bundle" .*"cart_id" = /

/** [{ segment, statements, plugin_tables }] in the order the segments ran. */
export const statementProfile = (sql) => {
  const segments = [{ segment: "route (publishable key, channel)", statements: 0, plugin_tables: 0 }]
  let wroteRecords = false
  let readState = false
  for (const statement of sql) {
    const text = statement.replace(/\s+/g, " ").trim()
    const workflow = text.match(WORKFLOW_START)?.[1]
    if (workflow) {
      segments.push({ segment: `workflow ${workflow}`, statements: 0, plugin_tables: 0 })
    } else if (!readState && CART_STATE_START.test(text)) {
      readState = true
      segments.push({ segment: "the cart's lines and bundles, under the lock", statements: 0, plugin_tables: 0 })
    } else if (!wroteRecords && RECORDS_START.test(text)) {
      wroteRecords = true
      segments.push({ segment: "the plugin's records, then the response (cart and its bundles)", statements: 0, plugin_tables: 0 })
    }
    const current = segments[segments.length - 1]
    current.statements += 1
    if (PLUGIN_TABLE.test(text)) current.plugin_tables += 1
  }
  return segments.filter((s) => s.statements > 0)
}
