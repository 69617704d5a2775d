import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { buildRoutineBundleWorkflow } from "../../../../../workflows/build-routine-bundle"
import type { AdminRoutineQuoteType } from "./validators"

/** The merchant's price preview: the store's quote, drafts included. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRoutineQuoteType>,
  res: MedusaResponse
) => {
  const { result: quote } = await buildRoutineBundleWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      routine_id: req.params.id,
      include_drafts: true,
    },
  })
  res.json({ quote })
}
