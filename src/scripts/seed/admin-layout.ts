import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The product page's default layout for every admin user of the demo: the
 * plugin's widget first in the side column. Medusa's dashboard (2.21) puts a
 * widget after the page's own sections and leaves the order to a layout the
 * merchant saves with Customize; the plugin never changes a merchant's
 * layout, the demo saves the one its merchandiser would.
 *
 * Written through the Settings module rather than setLayoutConfigurationWorkflow:
 * that workflow also records a user's active view, and the seed has no user.
 */
export const seedAdminLayout = async (container: MedusaContainer) => {
  const settings = container.resolve(Modules.SETTINGS)
  await settings.setSystemDefaultLayoutConfiguration("product.details", {
    // The widget's id as its config declares it (src/admin/widgets/product-routines-widget.tsx);
    // the dashboard keys widgets "widget:<id>" and sorts a section by order, its own sections at 0.
    widgets: { "widget:routine-bundles:product-routines": { order: -1 } },
  })
}
