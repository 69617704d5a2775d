import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { buildRoutineBundleWorkflow } from "../../../../../workflows/build-routine-bundle"
import { storeSalesChannelId } from "../../../utils/sales-channel"
import type { StoreRoutineQuoteType } from "../../validators"

export const POST = async (
  req: MedusaStoreRequest<StoreRoutineQuoteType>,
  res: MedusaResponse
) => {
  const { sales_channel_id, ...body } = req.validatedBody
  const { result: quote } = await buildRoutineBundleWorkflow(req.scope).run({
    input: {
      ...body,
      routine_id: req.params.id,
      sales_channel_id: storeSalesChannelId(req, sales_channel_id),
    },
  })
  res.json({ quote })
}
