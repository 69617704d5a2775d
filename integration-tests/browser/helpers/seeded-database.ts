import { createHash } from "crypto"
import { readdirSync, readFileSync, statSync } from "fs"
import path from "path"
import { Client } from "@medusajs/framework/pg"
import { createFreshDatabase, databaseUrl, ROOT } from "../../helpers/medusa-process"

/**
 * What the seeded database is made from: the plugin's source (models,
 * migrations, links, the seed), the demo data, the Medusa version and the
 * suite's own users. A change to any makes a new template.
 */
const INPUTS = ["src", "data", "medusa-config.ts", "package-lock.json", "integration-tests/browser/helpers"]
const ENV_INPUTS = ["ROUTINE_CATALOG", "STOREFRONT_URL"]

const filesUnder = (entry: string): string[] => {
  const full = path.join(ROOT, entry)
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

const PREFIX = "routine_browser_tpl_"

const templateName = () => {
  const hash = createHash("sha256")
  for (const file of INPUTS.flatMap(filesUnder)) hash.update(file).update(readFileSync(path.join(ROOT, file)))
  for (const name of ENV_INPUTS) hash.update(`${name}=${process.env[name] ?? ""}`)
  return `${PREFIX}${hash.digest("hex").slice(0, 16)}`
}

const onServer = async <T>(run: (client: Client) => Promise<T>) => {
  const client = new Client({ connectionString: databaseUrl("postgres") })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

const exists = (client: Client, name: string) =>
  client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]).then((r) => r.rowCount === 1)

/**
 * A fresh database holding what `prepare` makes (migrations, the seed, the
 * users), copied from a template made once for these inputs: every browser
 * spec file starts from the same store without running four `medusa`
 * commands again. The template is made under a temporary name and renamed
 * when complete, so a run never copies a half-made one; older templates of
 * this suite are dropped then.
 */
export const seededDatabase = async (prefix: string, prepare: (url: string) => Promise<void>) => {
  const template = templateName()
  if (!(await onServer((client) => exists(client, template)))) {
    const draft = await createFreshDatabase(`${PREFIX}draft`)
    try {
      await prepare(draft.url)
      await onServer(async (client) => {
        // Another run may have finished the same template meanwhile: theirs is as good.
        if (await exists(client, template)) return
        await client.query(`ALTER DATABASE "${draft.name}" RENAME TO "${template}"`)
        const { rows } = await client.query(
          "SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2 AND datname NOT LIKE $3",
          [`${PREFIX}%`, template, `${PREFIX}draft%`]
        )
        // A template another run is copying right now stays; the next new template drops it.
        for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined)
      })
    } finally {
      await draft.drop().catch(() => undefined)
    }
  }
  const name = `${prefix}_${process.pid}_${Date.now()}`
  await onServer((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`))
  return {
    name,
    url: databaseUrl(name),
    drop: () => onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}"`)).then(() => undefined),
  }
}
