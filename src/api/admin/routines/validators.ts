import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
  WithAdditionalData,
} from "@medusajs/medusa/api/utils/validators"

const Handle = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message:
      "handle must be kebab-case: lowercase letters and digits separated by single hyphens",
  })

const Metadata = z.record(z.string(), z.unknown()).nullish()

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
  title: z.string().min(1),
  handle: Handle.optional(),
  description: z.string().nullish(),
  status: RoutineStatus.optional(),
  discount_type: z.enum(["percentage", "fixed"]).optional(),
  discount_value: z.number().min(0).optional(),
  discount_amounts: DiscountAmounts.optional(),
  metadata: Metadata,
})

export type AdminCreateRoutineType = z.infer<typeof RoutineFields>
export const AdminCreateRoutine = WithAdditionalData(RoutineFields)

const UpdateRoutineFields = RoutineFields.partial()
export type AdminUpdateRoutineType = z.infer<typeof UpdateRoutineFields>
export const AdminUpdateRoutine = WithAdditionalData(UpdateRoutineFields)

export const AdminGetRoutineParams = createSelectParams()

export const AdminGetRoutinesParams = createFindParams({
  offset: 0,
  limit: 20,
}).merge(
  z.object({
    q: z.string().optional(),
    id: z.union([z.string(), z.array(z.string())]).optional(),
    handle: z.union([z.string(), z.array(z.string())]).optional(),
    status: z.union([RoutineStatus, z.array(RoutineStatus)]).optional(),
  })
)
export type AdminGetRoutinesParamsType = z.infer<typeof AdminGetRoutinesParams>

const CareStepFields = z.object({
  title: z.string().min(1),
  handle: Handle.optional(),
  guidance: z.string().nullish(),
  optional: z.boolean().optional(),
  metadata: Metadata,
})

const CreateCareStepFields = CareStepFields.extend({
  position: z.number().int().min(1).optional(),
})
export type AdminCreateCareStepType = z.infer<typeof CreateCareStepFields>
export const AdminCreateCareStep = WithAdditionalData(CreateCareStepFields)

const UpdateCareStepFields = CareStepFields.partial()
export type AdminUpdateCareStepType = z.infer<typeof UpdateCareStepFields>
export const AdminUpdateCareStep = WithAdditionalData(UpdateCareStepFields)

export const AdminGetCareStepsParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "position",
})

const ReorderCareStepsFields = z.object({
  step_ids: z.array(z.string().min(1)).min(1),
})
export type AdminReorderCareStepsType = z.infer<typeof ReorderCareStepsFields>
export const AdminReorderCareSteps = WithAdditionalData(ReorderCareStepsFields)

const CareStepProduct = z.object({
  product_id: z.string().min(1),
  is_default: z.boolean().optional(),
  rank: z.number().int().min(0).optional(),
})

const UpdateCareStepProductsFields = z.object({
  add: z.array(CareStepProduct).optional(),
  update: z.array(CareStepProduct).optional(),
  remove: z.array(z.string().min(1)).optional(),
})
export type AdminUpdateCareStepProductsType = z.infer<
  typeof UpdateCareStepProductsFields
>
export const AdminUpdateCareStepProducts = WithAdditionalData(
  UpdateCareStepProductsFields
)
