import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CareStepProductLink from "../../../../../links/care-step-product"
import { productCareStepFields, productSymptomFields } from "./query-config"
import { withRoutineErrors } from "../../../../utils/route-errors"

/**
 * The care steps (with their routine) that offer a product and the symptoms
 * it addresses.
 */
export const GET = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { id } = req.params
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, { data: links }] = await Promise.all([
    query.graph(
      { entity: "product", fields: productSymptomFields, filters: { id } },
      { throwIfKeyNotFound: true }
    ),
    query.graph({
      entity: CareStepProductLink.entryPoint,
      fields: productCareStepFields,
      filters: { product_id: id },
    }),
  ])
  const [product] = products

  const careSteps = links
    .filter((link) => link.care_step?.routine)
    .map(({ care_step: { id, title, handle, position, routine }, ...link }) => ({
      id,
      title,
      handle,
      position,
      routine,
      is_default: link.is_default,
      rank: link.rank,
    }))
    .sort(
      (a, b) =>
        a.routine.title.localeCompare(b.routine.title) ||
        a.position - b.position
    )

  res.json({ care_steps: careSteps, symptoms: product.symptoms ?? [] })
})
