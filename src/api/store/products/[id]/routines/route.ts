import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreProductRoutinesResponse } from "../../../../../types"
import { compact } from "../../../../../workflows/utils/compact"
import CareStepProductLink from "../../../../../links/care-step-product"
import { withRoutineErrors } from "../../../../utils/route-errors"
import { storeSalesChannelId } from "../../../utils/sales-channel"
import { inShopperLanguage } from "../../../utils/locale"
import { storeShopper } from "../../../utils/shopper"
import { isOfferedTo, ROUTINE_AVAILABILITY_FIELDS, type RoutineAvailabilityFields } from "../../../../../lib/routine-availability"

type StepRow = {
  id: string
  handle: string
  title: string
  position: number
  guidance: string | null
  routine?: (RoutineAvailabilityFields & { id: string; handle: string; title: string }) | null
}

/**
 * The routines offered to the shopper that a product is a step of, for its product page. The
 * product must be published and sold in the key's channel, as for core's
 * GET /store/products/:id.
 */
export const GET = withRoutineErrors(
  async (req: MedusaStoreRequest, res: MedusaResponse<StoreProductRoutinesResponse>) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const salesChannelId = storeSalesChannelId(req)
    const { data: [product] } = await query.graph({
      entity: "product",
      fields: ["id", "status", "sales_channels.id"],
      filters: { id: req.params.id },
    })
    const sold =
      product?.status === "published" &&
      compact(product.sales_channels ?? []).some((sc: { id: string }) => sc.id === salesChannelId)
    if (!sold) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
    }
    const { data: links } = await query.graph({
      entity: CareStepProductLink.entryPoint,
      fields: [
        "is_default",
        "care_step.id",
        "care_step.handle",
        "care_step.title",
        "care_step.position",
        "care_step.guidance",
        "care_step.routine.id",
        "care_step.routine.handle",
        "care_step.routine.title",
        ...ROUTINE_AVAILABILITY_FIELDS.map((f) => `care_step.routine.${f}`),
      ],
      filters: { product_id: req.params.id },
    })
    const shopper = await storeShopper(req, { sales_channel_ids: [salesChannelId] })
    const now = new Date()
    const routineSteps = (links as { is_default: boolean; care_step?: StepRow | null }[])
      .flatMap(({ is_default, care_step: step }) =>
        step?.routine && isOfferedTo(step.routine, shopper, now)
          ? [
              {
                routine: { id: step.routine.id, handle: step.routine.handle, title: step.routine.title },
                step: {
                  id: step.id,
                  handle: step.handle,
                  title: step.title,
                  position: step.position,
                  guidance: step.guidance ?? null,
                },
                is_default: !!is_default,
              },
            ]
          : []
      )
    // In the order of the titles the shopper reads.
    await inShopperLanguage(req, routineSteps)
    routineSteps.sort((a, b) => a.routine.title.localeCompare(b.routine.title) || a.step.position - b.step.position)
    res.json({ routine_steps: routineSteps })
  }
)
