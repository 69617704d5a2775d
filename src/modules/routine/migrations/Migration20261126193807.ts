import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126193807 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "routine_bundle_item" add column if not exists "step_position" integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "routine_bundle_item" drop column if exists "step_position";`);
  }

}
