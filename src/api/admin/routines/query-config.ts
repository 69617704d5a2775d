const routineFields = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "discount_type",
  "discount_value",
  "metadata",
  "created_at",
  "updated_at",
  "discount_amounts.id",
  "discount_amounts.currency_code",
  "discount_amounts.amount",
  "discount_tiers.id",
  "discount_tiers.min_steps",
  "discount_tiers.percentage",
  "min_steps",
  "promotion_policy",
  "subscriptions_enabled",
  "subscription_interval_weeks",
  "subscription_discount_percentage",
  "starts_at",
  "ends_at",
  "thumbnail",
  "seo_title",
  "seo_description",
]

const stepFields = [
  "id",
  "handle",
  "title",
  "guidance",
  "optional",
  "position",
  "metadata",
  "created_at",
  "updated_at",
]

const stepProductFields = [
  "product_link.product_id",
  "product_link.is_default",
  "product_link.rank",
  "products.id",
  "products.title",
  "products.handle",
  "products.thumbnail",
  "products.status",
  "products.variants.id",
  "products.variants.title",
  "products.variants.sku",
  "products.variants.prices.amount",
  "products.variants.prices.currency_code",
]

const inSteps = (fields: string[]) => fields.map((f) => `steps.${f}`)

// Relations that `*relation` may select in full. Anything not listed here or
// in the field lists is dropped from `fields`, so a client cannot pull other
// links (bundles, carts) through a routine.
const allowedRelations = [
  "discount_amounts",
  "discount_tiers",
  "steps",
  "steps.product_link",
  "steps.products",
  "steps.products.variants",
  "steps.products.variants.prices",
]

export const defaultAdminRoutineFields = [
  ...routineFields,
  ...inSteps(stepFields),
  ...inSteps(stepProductFields),
]

export const defaultAdminRoutineListFields = [
  ...routineFields,
  "steps.id",
  "steps.handle",
  "steps.title",
  "steps.position",
]

const allowedAdminRoutineFields = [
  ...defaultAdminRoutineFields,
  ...allowedRelations,
]

export const retrieveRoutineTransformQueryConfig = {
  defaults: defaultAdminRoutineFields,
  allowed: allowedAdminRoutineFields,
  isList: false,
}

export const listRoutineTransformQueryConfig = {
  defaults: defaultAdminRoutineListFields,
  allowed: allowedAdminRoutineFields,
  defaultLimit: 20,
  isList: true,
  entity: "routine",
}

export const defaultAdminCareStepFields = [...stepFields, ...stepProductFields]

export const listCareStepTransformQueryConfig = {
  defaults: defaultAdminCareStepFields,
  allowed: [
    ...defaultAdminCareStepFields,
    "product_link",
    "products",
    "products.variants",
    "products.variants.prices",
  ],
  defaultLimit: 50,
  isList: true,
  entity: "care_step",
}
