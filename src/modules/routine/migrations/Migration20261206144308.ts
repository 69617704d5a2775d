import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206144308 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "routine" add column if not exists "offer_version" integer not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "routine" drop column if exists "offer_version";`);
  }

}
