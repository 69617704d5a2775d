import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207001503 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "routine_change" ("id" text not null, "subject" text check ("subject" in ('routine', 'offer', 'publication', 'step', 'step_order', 'candidates', 'symptom', 'symptom_products')) not null, "action" text check ("action" in ('create', 'update', 'delete')) not null, "routine_id" text null, "target_id" text not null, "changed_by" text null, "before" jsonb null, "after" jsonb null, "alerts" text[] not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_change_deleted_at" ON "routine_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_change_routine_id_created_at" ON "routine_change" ("routine_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_change_changed_by_created_at" ON "routine_change" ("changed_by", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_change_created_at" ON "routine_change" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "routine_change" cascade;`);
  }

}
