import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202035259 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "routine_discount_tier" drop constraint if exists "routine_discount_tier_routine_id_min_steps_unique";`);
    this.addSql(`create table if not exists "routine_analytics_event" ("id" text not null, "type" text check ("type" in ('quoted', 'added', 'ended', 'ordered', 'order')) not null, "occurred_at" timestamptz not null, "routine_id" text null, "bundle_id" text null, "cart_id" text null, "order_id" text null, "currency_code" text null, "quantity" integer null, "subtotal" numeric null, "discount_total" numeric null, "total" numeric null, "reason" text null, "symptom_ids" text[] not null, "fallback_step_ids" text[] not null, "unavailable_step_ids" text[] not null, "raw_subtotal" jsonb null, "raw_discount_total" jsonb null, "raw_total" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_analytics_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_analytics_event_deleted_at" ON "routine_analytics_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_analytics_event_type_occurred_at" ON "routine_analytics_event" ("type", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_analytics_event_routine_id_occurred_at" ON "routine_analytics_event" ("routine_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_analytics_event_order_id" ON "routine_analytics_event" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);

    this.addSql(`create table if not exists "routine_discount_tier" ("id" text not null, "min_steps" integer not null, "percentage" numeric not null, "routine_id" text not null, "raw_percentage" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_discount_tier_pkey" primary key ("id"), constraint routine_discount_tier_range check (min_steps >= 1 AND percentage >= 0 AND percentage <= 100));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_discount_tier_routine_id" ON "routine_discount_tier" ("routine_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_discount_tier_deleted_at" ON "routine_discount_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_routine_discount_tier_routine_id_min_steps_unique" ON "routine_discount_tier" ("routine_id", "min_steps") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "routine_discount_tier" add constraint "routine_discount_tier_routine_id_foreign" foreign key ("routine_id") references "routine" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "routine" drop constraint if exists "routine_discount_type_check";`);

    this.addSql(`alter table if exists "routine" add column if not exists "min_steps" integer null, add column if not exists "promotion_policy" text check ("promotion_policy" in ('combine', 'exclusive', 'best_of')) null;`);
    this.addSql(`alter table if exists "routine" add constraint "routine_discount_type_check" check("discount_type" in ('percentage', 'fixed', 'set_price'));`);
    this.addSql(`alter table if exists "routine" add constraint routine_min_steps_positive check(min_steps IS NULL OR min_steps >= 1);`);

    this.addSql(`alter table if exists "routine_bundle" add column if not exists "discount_source" text check ("discount_source" in ('bundle', 'promotion')) not null default 'bundle';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "routine_analytics_event" cascade;`);

    this.addSql(`drop table if exists "routine_discount_tier" cascade;`);

    this.addSql(`alter table if exists "routine" drop constraint if exists "routine_discount_type_check";`);

    this.addSql(`alter table if exists "routine" drop constraint if exists routine_min_steps_positive;`);
    this.addSql(`alter table if exists "routine" drop column if exists "min_steps", drop column if exists "promotion_policy";`);

    this.addSql(`alter table if exists "routine" add constraint "routine_discount_type_check" check("discount_type" in ('percentage', 'fixed'));`);

    this.addSql(`alter table if exists "routine_bundle" drop column if exists "discount_source";`);
  }

}
