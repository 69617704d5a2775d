import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreRoutineQuoteResponse } from "../../../../../types"
import { buildRoutineBundleWorkflow } from "../../../../../workflows/build-routine-bundle"
import { publicQuote } from "../../../../../workflows/utils/routine-quote"
import { withRoutineErrors } from "../../../../utils/route-errors"
import type { AdminRoutineQuoteType } from "./validators"

/** The merchant's price preview: the store's quote, drafts included. */
export const POST = withRoutineErrors(
  async (req: AuthenticatedMedusaRequest<AdminRoutineQuoteType>, res: MedusaResponse<StoreRoutineQuoteResponse>) => {
    const { result } = await buildRoutineBundleWorkflow(req.scope).run({
      input: { ...req.validatedBody, routine_id: req.params.id, include_drafts: true },
    })
    res.json({ quote: publicQuote(result) })
  }
)
