import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207111608 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_routine_subscription_renewal_cart_id" ON "routine_subscription_renewal" ("cart_id") WHERE deleted_at IS NULL AND cart_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_routine_subscription_renewal_cart_id";`);
  }

}
