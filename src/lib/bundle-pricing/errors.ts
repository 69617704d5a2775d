/**
 * Thrown for input the pricing cannot accept (bad amounts, quantities, precision or discount).
 * A separate class lets a caller turn it into a 400 without catching programming errors too.
 */
export class BundlePricingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "BundlePricingError"
  }
}
