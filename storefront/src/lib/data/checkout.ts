import "server-only"
import { sdk } from "../config"

/** The shipping options Medusa offers for the cart's address. */
export const listShippingOptions = async (cartId: string) => {
  const { shipping_options } = await (await sdk()).store.fulfillment.listCartOptions({ cart_id: cartId })
  return shipping_options
}

/** The payment providers enabled in the cart's region. */
export const listPaymentProviders = async (regionId: string) => {
  const { payment_providers } = await (await sdk()).store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers
}
