import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { StoreRoutineQuoteResponse } from "../../../../../types"
import { buildRoutineBundleWorkflow } from "../../../../../workflows/build-routine-bundle"
import { ROUTINE_BUNDLE_EVENTS } from "../../../../../workflows/events"
import { publicQuote } from "../../../../../workflows/utils/routine-quote"
import { withRoutineErrors } from "../../../../utils/route-errors"
import { storeSalesChannelId } from "../../../utils/sales-channel"
import { storeCustomerId } from "../../helpers"
import { inShopperLanguage } from "../../../utils/locale"
import type { StoreRoutineQuoteType } from "../../validators"

/** The bundle the store would build now for this shopper; nothing is written. */
export const POST = withRoutineErrors(
  async (
    req: MedusaStoreRequest<StoreRoutineQuoteType>,
    res: MedusaResponse<StoreRoutineQuoteResponse>
  ) => {
    const { sales_channel_id, visit_id, ...body } = req.validatedBody
    const customer_id = storeCustomerId(req)
    const { result } = await buildRoutineBundleWorkflow(req.scope).run({
      input: {
        ...body,
        routine_id: req.params.id,
        customer_id,
        // A cart sells in its own channel, as the bundle add decides: the quote must agree with it.
        sales_channel_id: body.cart_id ? undefined : storeSalesChannelId(req, sales_channel_id),
      },
    })
    const quote = publicQuote(result)
    // Counted by the analytics' subscriber, after this answer.
    await req.scope
      .resolve(Modules.EVENT_BUS)
      .emit({
        name: ROUTINE_BUNDLE_EVENTS.QUOTED,
        data: { quote, cart_id: body.cart_id ?? null, visit_id: visit_id ?? null, customer_id: customer_id ?? null },
      })
    // The shopper reads it in their language; the event's copy keeps the default texts.
    const shown = structuredClone(quote)
    const routine = { id: quote.routine_id, title: quote.routine_title }
    await inShopperLanguage(req, [shown, routine])
    res.json({ quote: { ...shown, routine_title: routine.title } })
  }
)
