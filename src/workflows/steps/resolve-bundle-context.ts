import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveBundleContext, type BundleContextInput } from "../utils/bundle-context"

/** Where and for whom a bundle is priced (see resolveBundleContext). Reads only. */
export const resolveBundleContextStep = createStep(
  "resolve-bundle-context",
  async (input: BundleContextInput, { container }) =>
    new StepResponse(await resolveBundleContext(container, input))
)
