import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207064106 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "routine" add column if not exists "starts_at" timestamptz null, add column if not exists "ends_at" timestamptz null, add column if not exists "thumbnail" text null, add column if not exists "seo_title" text null, add column if not exists "seo_description" text null;`);
    this.addSql(`alter table if exists "routine" add constraint routine_schedule_order check(starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "routine" drop constraint if exists routine_schedule_order;`);
    this.addSql(`alter table if exists "routine" drop column if exists "starts_at", drop column if exists "ends_at", drop column if exists "thumbnail", drop column if exists "seo_title", drop column if exists "seo_description";`);
  }

}
