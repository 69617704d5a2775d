import { readdirSync, rmSync } from "fs"
import path from "path"
import { ModulesSdkUtils } from "@medusajs/framework/utils"
import {
  createFreshDatabase,
  medusaEnv,
  runMedusa,
} from "../../../../integration-tests/helpers/medusa-process"

jest.setTimeout(300 * 1000)

const MIGRATIONS = path.join(__dirname, "../migrations")
const MODULE_TABLES = [
  "care_step",
  "routine",
  "routine_bundle",
  "routine_bundle_item",
  "routine_discount_amount",
  "symptom",
]
const LINK_TABLES = [
  "routine_care_step_product_product",
  "routine_symptom_product_product",
]

describe("routine module migrations (the real CLI on a fresh database)", () => {
  let database: Awaited<ReturnType<typeof createFreshDatabase>>
  let knex: ReturnType<typeof ModulesSdkUtils.createPgConnection>
  let env: NodeJS.ProcessEnv

  const tables = async () => {
    const { rows } = await knex.raw(
      `select table_name from information_schema.tables
        where table_schema = 'public' and table_name = any(?) order by table_name`,
      [[...MODULE_TABLES, ...LINK_TABLES]]
    )
    return rows.map((r: { table_name: string }) => r.table_name)
  }

  beforeAll(async () => {
    database = await createFreshDatabase("routine_migrations")
    knex = ModulesSdkUtils.createPgConnection({ clientUrl: database.url, schema: "public" })
    // The CLI reports at info level; the test runner may have quieted it.
    env = medusaEnv({ DATABASE_URL: database.url, LOG_LEVEL: "info" })
    await runMedusa(["db:migrate"], env)
  })

  afterAll(async () => {
    await knex?.destroy()
    await database?.drop()
  })

  it("creates the module's tables and the product links", async () => {
    expect(await tables()).toEqual([...MODULE_TABLES, ...LINK_TABLES].sort())
  })

  it("builds the checks the models declare", async () => {
    const { rows } = await knex.raw(
      `select conname from pg_constraint where contype = 'c' and conname = any(?) order by conname`,
      [[
        "care_step_position_positive",
        "routine_bundle_quantity_positive",
        "routine_discount_amount_non_negative",
        "routine_discount_value_range",
      ]]
    )
    expect(rows.map((r: { conname: string }) => r.conname)).toEqual([
      "care_step_position_positive",
      "routine_bundle_quantity_positive",
      "routine_discount_amount_non_negative",
      "routine_discount_value_range",
    ])
  })

  it("matches the models: generating migrations finds nothing to add", async () => {
    const before = readdirSync(MIGRATIONS)
    const output = await runMedusa(["db:generate", "routine"], env)
    const added = readdirSync(MIGRATIONS).filter((f) => !before.includes(f))
    // A model changed without its migration: don't leave the file behind, fail.
    added.forEach((file) => rmSync(path.join(MIGRATIONS, file)))
    expect(added).toEqual([])
    expect(output).toContain("No changes detected")
  })

  it("rolls every migration back, then migrates again", async () => {
    // db:rollback reverts the module's latest migration, one per run.
    const migrations = readdirSync(MIGRATIONS).filter((f) => /^Migration\d+\.ts$/.test(f))
    for (const _ of migrations) {
      await runMedusa(["db:rollback", "routine"], env)
    }
    expect(await tables()).toEqual([...LINK_TABLES].sort())
    await runMedusa(["db:migrate"], env)
    expect(await tables()).toEqual([...MODULE_TABLES, ...LINK_TABLES].sort())
  })
})
