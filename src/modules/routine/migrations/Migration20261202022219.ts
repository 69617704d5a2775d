import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202022219 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "routine_order_flag" drop constraint if exists "routine_order_flag_order_id_unique";`);
    this.addSql(`create table if not exists "routine_order_flag" ("id" text not null, "order_id" text not null, "cart_id" text not null, "problems" text[] not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_order_flag_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_order_flag_deleted_at" ON "routine_order_flag" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_routine_order_flag_order_id_unique" ON "routine_order_flag" ("order_id") WHERE deleted_at IS NULL;`);

    // Bundles already in carts get the terms of their routine as it is now,
    // and no symptoms (earlier versions did not record them).
    this.addSql(`alter table if exists "routine_bundle" add column if not exists "order_id" text null, add column if not exists "terms" jsonb null, add column if not exists "symptom_ids" text[] null;`);
    this.addSql(`update "routine_bundle" b set "symptom_ids" = '{}', "terms" = jsonb_build_object('discount_type', r."discount_type", 'discount_value', r."discount_value", 'discount_amounts', coalesce((select jsonb_object_agg(a."currency_code", a."amount") from "routine_discount_amount" a where a."routine_id" = r."id" and a."deleted_at" is null), '{}'::jsonb)) from "routine" r where r."id" = b."routine_id";`);
    this.addSql(`alter table if exists "routine_bundle" alter column "terms" set not null, alter column "symptom_ids" set not null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_bundle_order_id" ON "routine_bundle" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);

    this.addSql(`alter table if exists "routine_bundle_item" add column if not exists "order_line_item_id" text null, add column if not exists "symptom_ids" text[] not null default '{}', add column if not exists "is_tax_inclusive" boolean not null default false;`);
    this.addSql(`alter table if exists "routine_bundle_item" alter column "symptom_ids" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "routine_order_flag" cascade;`);

    this.addSql(`drop index if exists "IDX_routine_bundle_order_id";`);
    this.addSql(`alter table if exists "routine_bundle" drop column if exists "order_id", drop column if exists "terms", drop column if exists "symptom_ids";`);

    this.addSql(`alter table if exists "routine_bundle_item" drop column if exists "order_line_item_id", drop column if exists "symptom_ids", drop column if exists "is_tax_inclusive";`);
  }

}
