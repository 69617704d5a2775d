import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126184628 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "symptom" drop constraint if exists "symptom_handle_unique";`);
    this.addSql(`alter table if exists "routine_discount_amount" drop constraint if exists "routine_discount_amount_routine_id_currency_code_unique";`);
    this.addSql(`alter table if exists "care_step" drop constraint if exists "care_step_routine_id_handle_unique";`);
    this.addSql(`alter table if exists "care_step" drop constraint if exists "care_step_routine_id_position_unique";`);
    this.addSql(`alter table if exists "routine" drop constraint if exists "routine_handle_unique";`);
    this.addSql(`create table if not exists "routine" ("id" text not null, "handle" text not null, "title" text not null, "description" text null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "discount_type" text check ("discount_type" in ('percentage', 'fixed')) not null default 'percentage', "discount_value" numeric not null default 0, "metadata" jsonb null, "raw_discount_value" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_pkey" primary key ("id"), constraint routine_discount_value_range check (discount_value >= 0 AND (discount_type <> 'percentage' OR discount_value <= 100)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_deleted_at" ON "routine" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_routine_handle_unique" ON "routine" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_status" ON "routine" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "care_step" ("id" text not null, "position" integer not null, "handle" text not null, "title" text not null, "guidance" text null, "optional" boolean not null default false, "metadata" jsonb null, "routine_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "care_step_pkey" primary key ("id"), constraint care_step_position_positive check (position >= 1));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_care_step_routine_id" ON "care_step" ("routine_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_care_step_deleted_at" ON "care_step" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_care_step_routine_id_position_unique" ON "care_step" ("routine_id", "position") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_care_step_routine_id_handle_unique" ON "care_step" ("routine_id", "handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "routine_bundle" ("id" text not null, "cart_id" text not null, "currency_code" text not null, "quantity" integer not null, "subtotal" numeric not null, "discount_total" numeric not null, "total" numeric not null, "routine_id" text not null, "raw_subtotal" jsonb not null, "raw_discount_total" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_bundle_pkey" primary key ("id"), constraint routine_bundle_quantity_positive check (quantity >= 1));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_bundle_routine_id" ON "routine_bundle" ("routine_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_bundle_deleted_at" ON "routine_bundle" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_bundle_cart_id" ON "routine_bundle" ("cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "routine_bundle_item" ("id" text not null, "line_item_id" text null, "care_step_id" text not null, "step_handle" text not null, "step_title" text not null, "product_id" text not null, "product_title" text not null, "variant_id" text not null, "reason" text not null, "quantity" integer not null, "unit_price" numeric not null, "discounted_unit_price" numeric not null, "bundle_id" text not null, "raw_unit_price" jsonb not null, "raw_discounted_unit_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_bundle_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_bundle_item_bundle_id" ON "routine_bundle_item" ("bundle_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_bundle_item_deleted_at" ON "routine_bundle_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_bundle_item_line_item_id" ON "routine_bundle_item" ("line_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "routine_discount_amount" ("id" text not null, "currency_code" text not null, "amount" numeric not null, "routine_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_discount_amount_pkey" primary key ("id"), constraint routine_discount_amount_non_negative check (amount >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_discount_amount_routine_id" ON "routine_discount_amount" ("routine_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_discount_amount_deleted_at" ON "routine_discount_amount" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_routine_discount_amount_routine_id_currency_code_unique" ON "routine_discount_amount" ("routine_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "symptom" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "symptom_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_symptom_deleted_at" ON "symptom" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_symptom_handle_unique" ON "symptom" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "care_step" add constraint "care_step_routine_id_foreign" foreign key ("routine_id") references "routine" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "routine_bundle" add constraint "routine_bundle_routine_id_foreign" foreign key ("routine_id") references "routine" ("id") on update cascade;`);

    this.addSql(`alter table if exists "routine_bundle_item" add constraint "routine_bundle_item_bundle_id_foreign" foreign key ("bundle_id") references "routine_bundle" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "routine_discount_amount" add constraint "routine_discount_amount_routine_id_foreign" foreign key ("routine_id") references "routine" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "care_step" drop constraint if exists "care_step_routine_id_foreign";`);

    this.addSql(`alter table if exists "routine_bundle" drop constraint if exists "routine_bundle_routine_id_foreign";`);

    this.addSql(`alter table if exists "routine_discount_amount" drop constraint if exists "routine_discount_amount_routine_id_foreign";`);

    this.addSql(`alter table if exists "routine_bundle_item" drop constraint if exists "routine_bundle_item_bundle_id_foreign";`);

    this.addSql(`drop table if exists "routine" cascade;`);

    this.addSql(`drop table if exists "care_step" cascade;`);

    this.addSql(`drop table if exists "routine_bundle" cascade;`);

    this.addSql(`drop table if exists "routine_bundle_item" cascade;`);

    this.addSql(`drop table if exists "routine_discount_amount" cascade;`);

    this.addSql(`drop table if exists "symptom" cascade;`);
  }

}
