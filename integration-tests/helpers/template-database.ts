import { createHash } from "crypto"
import { readdirSync, readFileSync, statSync } from "fs"
import path from "path"
import { Client } from "@medusajs/framework/pg"
import { createFreshDatabase, databaseUrl, medusaEnv, ROOT, runMedusa, testDatabase, uniqueDatabaseName } from "./medusa-process"

/**
 * A database made once and copied for each test file: `prepare` (migrations,
 * a seed) runs only when what it is made from changed. The name holds a hash
 * of `inputs` (files and folders under the project root) and `env` (variable
 * names), so a stale template is never used, only replaced.
 */
export type DatabaseTemplate = {
  /** Every template of this kind starts with it; older ones are dropped when a new one is made. */
  prefix: string
  inputs: string[]
  env: string[]
  prepare: (url: string) => Promise<void>
}

const filesUnder = (entry: string): string[] => {
  const full = path.join(ROOT, entry)
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

export const templateName = ({ prefix, inputs, env }: DatabaseTemplate) => {
  const hash = createHash("sha256")
  for (const file of inputs.flatMap(filesUnder)) hash.update(file).update(readFileSync(path.join(ROOT, file)))
  for (const name of env) hash.update(`${name}=${process.env[name] ?? ""}`)
  return `${prefix}${hash.digest("hex").slice(0, 16)}`
}

export const onDatabaseServer = async <T>(run: (client: Client) => Promise<T>) => {
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
 * The template's name, made first if missing. It is made under a temporary
 * name and renamed when complete, so a run never copies a half-made one;
 * older templates of this kind are dropped then.
 */
export const ensureTemplate = async (template: DatabaseTemplate) => {
  const name = templateName(template)
  if (await onDatabaseServer((client) => exists(client, name))) return name
  const draft = await createFreshDatabase(`${template.prefix}draft`)
  try {
    await template.prepare(draft.url)
    await onDatabaseServer(async (client) => {
      // Another run may have finished the same template meanwhile: theirs is as good.
      if (await exists(client, name)) return
      await client.query(`ALTER DATABASE "${draft.name}" RENAME TO "${name}"`)
      const { rows } = await client.query(
        "SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2 AND datname NOT LIKE $3",
        [`${template.prefix}%`, name, `${template.prefix}draft%`]
      )
      // A template another run is copying right now stays; the next new template drops it.
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined)
    })
  } finally {
    await draft.drop().catch(() => undefined)
  }
  return name
}

/** `name` as a copy of the template, replacing a database of that name. */
export const copyTemplate = (template: string, name: string) =>
  onDatabaseServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`)
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)
  })

/**
 * A fresh database `<prefix>_<pid>_<time>` copied from the template (made
 * first if missing), so each suite file starts from the same data without
 * running the `medusa` commands that make it again.
 */
export const databaseFromTemplate = async (template: DatabaseTemplate, prefix: string) => {
  const name = uniqueDatabaseName(prefix)
  await copyTemplate(await ensureTemplate(template), name)
  return testDatabase(name)
}

/**
 * The demo's store as `npm run demo` seeds it (migrations with their scripts,
 * then the seed), on the in-memory modules. It changes with the plugin's
 * source (models, migrations, links, the seed), the demo data, the Medusa
 * version and the seed's settings.
 */
export const DEMO_STORE: DatabaseTemplate = {
  prefix: "routine_demo_tpl_",
  inputs: ["src", "data", "medusa-config.ts", "package-lock.json"],
  env: ["ROUTINE_CATALOG", "STOREFRONT_URL"],
  prepare: async (url) => {
    const env = medusaEnv({ DATABASE_URL: url })
    await runMedusa(["db:migrate"], env)
    await runMedusa(["exec", "./src/scripts/seed.ts"], env)
  },
}
