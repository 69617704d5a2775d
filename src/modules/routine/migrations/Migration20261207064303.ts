import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207064303 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "routine_analytics_event" add column if not exists "visit_id" text null, add column if not exists "customer_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "routine_analytics_event" drop column if exists "visit_id", drop column if exists "customer_id";`);
  }

}
