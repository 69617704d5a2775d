export const defaultStoreRoutineFields = [
  "id",
  "handle",
  "title",
  "description",
  "discount_type",
  "discount_value",
  "steps.id",
  "steps.handle",
  "steps.title",
  "steps.guidance",
  "steps.position",
  "steps.optional",
]

// Candidate products are served by GET /store/routines/:id only, where they
// are filtered by the key's sales channel; `steps.products` stays out of here.
export const allowedStoreRoutineFields = [
  ...defaultStoreRoutineFields,
  "steps",
  "steps.*",
  "discount_amounts",
  "discount_amounts.*",
  "discount_amounts.currency_code",
  "discount_amounts.amount",
  "metadata",
  "created_at",
  "updated_at",
]

export const listStoreRoutinesQueryConfig = {
  defaults: defaultStoreRoutineFields,
  allowed: allowedStoreRoutineFields,
  defaultLimit: 20,
  isList: true,
}
