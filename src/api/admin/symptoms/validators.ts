import { z } from "@medusajs/framework/zod"
import {
  createSelectParams,
  WithAdditionalData,
} from "@medusajs/medusa/api/utils/validators"
import {
  findParams,
  handle,
  line,
  linkBody,
  metadata,
  oneOrMany,
} from "../common-validators"

const SymptomFields = z.object({
  name: line,
  handle: handle.optional(),
  description: z.string().nullish(),
  metadata,
})

export type AdminCreateSymptomType = z.infer<typeof SymptomFields>
export const AdminCreateSymptom = WithAdditionalData(SymptomFields)

const UpdateSymptomFields = SymptomFields.partial()
export type AdminUpdateSymptomType = z.infer<typeof UpdateSymptomFields>
export const AdminUpdateSymptom = WithAdditionalData(UpdateSymptomFields)

export const AdminGetSymptomParams = createSelectParams()

export const AdminGetSymptomsParams = findParams({ limit: 50 }).merge(
  z.object({
    id: oneOrMany.optional(),
    handle: oneOrMany.optional(),
  })
)
export type AdminGetSymptomsParamsType = z.infer<typeof AdminGetSymptomsParams>

const UpdateSymptomProductsFields = linkBody()
export type AdminUpdateSymptomProductsType = z.infer<
  typeof UpdateSymptomProductsFields
>
export const AdminUpdateSymptomProducts = WithAdditionalData(
  UpdateSymptomProductsFields
)
