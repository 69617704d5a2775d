import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207075907 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "routine" add column if not exists "sales_channels_restricted" boolean not null default false, add column if not exists "customer_groups_restricted" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "routine" drop column if exists "sales_channels_restricted", drop column if exists "customer_groups_restricted";`);
  }

}
