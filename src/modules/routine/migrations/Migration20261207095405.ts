import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207095405 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "routine_subscription_renewal" drop constraint if exists "routine_subscription_renewal_subscription_id_due_at_unique";`);
    this.addSql(`alter table if exists "routine_subscription" drop constraint if exists "routine_subscription_order_id_routine_id_unique";`);
    this.addSql(`create table if not exists "routine_subscription" ("id" text not null, "status" text check ("status" in ('active', 'paused', 'needs_action', 'cancelled')) not null default 'active', "customer_id" text not null, "email" text not null, "order_id" text not null, "region_id" text not null, "sales_channel_id" text null, "currency_code" text not null, "interval_weeks" integer not null, "choice" jsonb not null, "shipping_address" jsonb not null, "shipping_option_id" text not null, "payment_provider_id" text not null, "payment_data" jsonb null, "next_renewal_at" timestamptz not null, "last_total" numeric not null, "price_notice" jsonb null, "checkin_requested_at" timestamptz null, "last_failure_reason" text check ("last_failure_reason" in ('routine_unavailable', 'unsellable_step', 'payment_failed', 'shipping_unavailable', 'error')) null, "last_failure_message" text null, "paused_at" timestamptz null, "cancelled_at" timestamptz null, "cancel_reason" text check ("cancel_reason" in ('too_expensive', 'skin_improved', 'not_working', 'too_much_product', 'other')) null, "cancel_note" text null, "metadata" jsonb null, "routine_id" text not null, "raw_last_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_subscription_pkey" primary key ("id"), constraint routine_subscription_interval_positive check (interval_weeks >= 1));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_routine_id" ON "routine_subscription" ("routine_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_deleted_at" ON "routine_subscription" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_customer_id" ON "routine_subscription" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_status_next_renewal_at" ON "routine_subscription" ("status", "next_renewal_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_routine_subscription_order_id_routine_id_unique" ON "routine_subscription" ("order_id", "routine_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "routine_subscription_checkin" ("id" text not null, "due_at" timestamptz not null, "symptom_ids_before" text[] not null, "symptom_ids_after" text[] not null, "answered_at" timestamptz not null, "subscription_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_subscription_checkin_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_checkin_subscription_id" ON "routine_subscription_checkin" ("subscription_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_checkin_deleted_at" ON "routine_subscription_checkin" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_checkin_subscription_id_due_at" ON "routine_subscription_checkin" ("subscription_id", "due_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "routine_subscription_renewal" ("id" text not null, "due_at" timestamptz not null, "status" text check ("status" in ('pending', 'succeeded', 'failed', 'skipped')) not null default 'pending', "attempts" integer not null default 0, "retry_at" timestamptz null, "cart_id" text null, "order_id" text null, "total" numeric null, "failure_reason" text check ("failure_reason" in ('routine_unavailable', 'unsellable_step', 'payment_failed', 'shipping_unavailable', 'error')) null, "failure_message" text null, "subscription_id" text not null, "raw_total" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "routine_subscription_renewal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_renewal_subscription_id" ON "routine_subscription_renewal" ("subscription_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_renewal_deleted_at" ON "routine_subscription_renewal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_routine_subscription_renewal_subscription_id_due_at_unique" ON "routine_subscription_renewal" ("subscription_id", "due_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_renewal_order_id" ON "routine_subscription_renewal" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);

    this.addSql(`alter table if exists "routine_subscription" add constraint "routine_subscription_routine_id_foreign" foreign key ("routine_id") references "routine" ("id") on update cascade;`);

    this.addSql(`alter table if exists "routine_subscription_checkin" add constraint "routine_subscription_checkin_subscription_id_foreign" foreign key ("subscription_id") references "routine_subscription" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "routine_subscription_renewal" add constraint "routine_subscription_renewal_subscription_id_foreign" foreign key ("subscription_id") references "routine_subscription" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "routine" add column if not exists "subscriptions_enabled" boolean not null default false, add column if not exists "subscription_interval_weeks" jsonb null, add column if not exists "subscription_discount_percentage" numeric not null default 0, add column if not exists "raw_subscription_discount_percentage" jsonb not null default '{"value":"0","precision":20}';`);
    this.addSql(`alter table if exists "routine" add constraint routine_subscription_discount_range check(subscription_discount_percentage >= 0 AND subscription_discount_percentage < 100);`);

    this.addSql(`alter table if exists "routine_bundle" add column if not exists "subscription_interval_weeks" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "routine_subscription_checkin" drop constraint if exists "routine_subscription_checkin_subscription_id_foreign";`);

    this.addSql(`alter table if exists "routine_subscription_renewal" drop constraint if exists "routine_subscription_renewal_subscription_id_foreign";`);

    this.addSql(`drop table if exists "routine_subscription" cascade;`);

    this.addSql(`drop table if exists "routine_subscription_checkin" cascade;`);

    this.addSql(`drop table if exists "routine_subscription_renewal" cascade;`);

    this.addSql(`alter table if exists "routine" drop constraint if exists routine_subscription_discount_range;`);
    this.addSql(`alter table if exists "routine" drop column if exists "subscriptions_enabled", drop column if exists "subscription_interval_weeks", drop column if exists "subscription_discount_percentage", drop column if exists "raw_subscription_discount_percentage";`);

    this.addSql(`alter table if exists "routine_bundle" drop column if exists "subscription_interval_weeks";`);
  }

}
