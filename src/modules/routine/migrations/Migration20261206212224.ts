import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206212224 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "routine" drop constraint if exists "routine_discount_type_check";`);

    this.addSql(`alter table if exists "routine" add constraint "routine_discount_type_check" check("discount_type" in ('percentage', 'fixed', 'set_price', 'cheapest_step_free'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "routine" drop constraint if exists "routine_discount_type_check";`);

    this.addSql(`alter table if exists "routine" add constraint "routine_discount_type_check" check("discount_type" in ('percentage', 'fixed', 'set_price'));`);
  }

}
