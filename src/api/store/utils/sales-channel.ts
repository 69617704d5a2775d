import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The sales channel a store request sells in, as core's product routes pick
 * it: the publishable key's only channel, or the requested one, which must
 * belong to the key.
 */
export const storeSalesChannelId = (req: MedusaStoreRequest, requested?: string) => {
  const keyChannels = req.publishable_key_context.sales_channel_ids ?? []
  if (requested) {
    if (!keyChannels.includes(requested)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "sales_channel_id: the requested sales channel is not part of the publishable key"
      )
    }
    return requested
  }
  if (keyChannels.length !== 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "sales_channel_id: the publishable key has several sales channels, name one"
    )
  }
  return keyChannels[0]
}
