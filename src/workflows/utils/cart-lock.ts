import { transform } from "@medusajs/framework/workflows-sdk"
import { pluginOptions } from "../../plugin-options"

/**
 * The lock bundle workflows hold on a cart while they read and write it: the
 * key core's cart workflows use, so both queue behind each other. The wait
 * is the plugin option `cart_lock_timeout_seconds`, read when the workflow
 * runs. Core workflows run as steps inside ours skip their own lock.
 */
export const cartLock = (cartId: string) =>
  transform({ cartId }, ({ cartId }) => ({
    key: cartId,
    timeout: pluginOptions().cart_lock_timeout_seconds,
    ttl: 120,
  }))
