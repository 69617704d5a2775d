import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createLinkBody,
  createSelectParams,
  WithAdditionalData,
} from "@medusajs/medusa/api/utils/validators"

const SymptomFields = z.object({
  name: z.string().min(1),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message:
        "handle must be kebab-case: lowercase letters and digits separated by single hyphens",
    })
    .optional(),
  description: z.string().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
})

export type AdminCreateSymptomType = z.infer<typeof SymptomFields>
export const AdminCreateSymptom = WithAdditionalData(SymptomFields)

const UpdateSymptomFields = SymptomFields.partial()
export type AdminUpdateSymptomType = z.infer<typeof UpdateSymptomFields>
export const AdminUpdateSymptom = WithAdditionalData(UpdateSymptomFields)

export const AdminGetSymptomParams = createSelectParams()

export const AdminGetSymptomsParams = createFindParams({
  offset: 0,
  limit: 50,
}).merge(
  z.object({
    q: z.string().optional(),
    id: z.union([z.string(), z.array(z.string())]).optional(),
    handle: z.union([z.string(), z.array(z.string())]).optional(),
  })
)
export type AdminGetSymptomsParamsType = z.infer<typeof AdminGetSymptomsParams>

const UpdateSymptomProductsFields = createLinkBody()
export type AdminUpdateSymptomProductsType = z.infer<
  typeof UpdateSymptomProductsFields
>
export const AdminUpdateSymptomProducts = WithAdditionalData(
  UpdateSymptomProductsFields
)
