import { z } from "@medusajs/framework/zod"
import {
  createSelectParams,
  WithAdditionalData,
} from "@medusajs/medusa/api/utils/validators"
import {
  findParams,
  handle,
  id,
  line,
  MAX_INT,
  metadata,
  oneOrMany,
} from "../common-validators"

const RoutineStatus = z.enum(["draft", "published"])

const DiscountAmounts = z
  .array(
    z.object({
      currency_code: z
        .string()
        .regex(/^[a-zA-Z]{3}$/, {
          message: "currency_code must be a three-letter ISO 4217 code",
        })
        .transform((code) => code.toLowerCase()),
      amount: z.number().min(0),
    })
  )
  .superRefine((amounts, ctx) => {
    const codes = amounts.map((a) => a.currency_code)
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index)
    if (repeated.length) {
      ctx.addIssue({
        code: "custom",
        message: `discount_amounts has more than one amount for: ${[...new Set(repeated)].join(", ")}`,
      })
    }
  })

// The upper bound of a percentage needs the discount type, which an update
// may leave out: the workflow checks it against the stored routine.
const RoutineFields = z.object({
  title: line,
  handle: handle.optional(),
  description: z.string().nullish(),
  status: RoutineStatus.optional(),
  discount_type: z.enum(["percentage", "fixed"]).optional(),
  discount_value: z.number().min(0).optional(),
  discount_amounts: DiscountAmounts.optional(),
  metadata,
})

export type AdminCreateRoutineType = z.infer<typeof RoutineFields>
export const AdminCreateRoutine = WithAdditionalData(RoutineFields)

const UpdateRoutineFields = RoutineFields.partial()
export type AdminUpdateRoutineType = z.infer<typeof UpdateRoutineFields>
export const AdminUpdateRoutine = WithAdditionalData(UpdateRoutineFields)

export const AdminGetRoutineParams = createSelectParams()

export const AdminGetRoutinesParams = findParams({ limit: 20 }).merge(
  z.object({
    id: oneOrMany.optional(),
    handle: oneOrMany.optional(),
    status: z.union([RoutineStatus, z.array(RoutineStatus)]).optional(),
  })
)
export type AdminGetRoutinesParamsType = z.infer<typeof AdminGetRoutinesParams>

const CareStepFields = z.object({
  title: line,
  handle: handle.optional(),
  guidance: z.string().nullish(),
  optional: z.boolean().optional(),
  metadata,
})

// A position past the end appends the step.
const CreateCareStepFields = CareStepFields.extend({
  position: z.number().int().min(1).max(MAX_INT).optional(),
})
export type AdminCreateCareStepType = z.infer<typeof CreateCareStepFields>
export const AdminCreateCareStep = WithAdditionalData(CreateCareStepFields)

const UpdateCareStepFields = CareStepFields.partial()
export type AdminUpdateCareStepType = z.infer<typeof UpdateCareStepFields>
export const AdminUpdateCareStep = WithAdditionalData(UpdateCareStepFields)

export const AdminGetCareStepsParams = findParams({
  limit: 50,
  order: "position",
})

const ReorderCareStepsFields = z.object({
  step_ids: z.array(id).min(1),
})
export type AdminReorderCareStepsType = z.infer<typeof ReorderCareStepsFields>
export const AdminReorderCareSteps = WithAdditionalData(ReorderCareStepsFields)

const CareStepProduct = z.object({
  product_id: id,
  is_default: z.boolean().optional(),
  rank: z.number().int().min(0).max(MAX_INT).optional(),
})

const UpdateCareStepProductsFields = z.object({
  add: z.array(CareStepProduct).optional(),
  update: z.array(CareStepProduct).optional(),
  remove: z.array(id).optional(),
})
export type AdminUpdateCareStepProductsType = z.infer<
  typeof UpdateCareStepProductsFields
>
export const AdminUpdateCareStepProducts = WithAdditionalData(
  UpdateCareStepProductsFields
)
