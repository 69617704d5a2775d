const routineFields = [
  "id",
  "handle",
  "title",
  "description",
  "discount_type",
  "discount_value",
  "min_steps",
  "promotion_policy",
  // The page: its schedule, image and SEO texts.
  "starts_at",
  "ends_at",
  "thumbnail",
  "seo_title",
  "seo_description",
  "discount_tiers.min_steps",
  "discount_tiers.percentage",
]
const stepFields = ["id", "handle", "title", "guidance", "position", "optional"]

export const defaultStoreRoutineFields = [...routineFields, ...stepFields.map((f) => `steps.${f}`)]

// Candidate products are served by GET /store/routines/:id only, where they
// are filtered by the key's sales channel; `steps.products` stays out of here.
export const listStoreRoutinesQueryConfig = {
  defaults: defaultStoreRoutineFields,
  allowed: [
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
  ],
  defaultLimit: 20,
  isList: true,
}

const productFields = [
  "description",
  "material",
  "origin_country",
  "metadata",
  "images.id",
  "images.url",
  "images.rank",
  "collection.id",
  "collection.title",
  "collection.handle",
  "type.id",
  "type.value",
  "tags.id",
  "tags.value",
]

/**
 * GET /store/routines/:id always answers with the routine's steps and their
 * candidates (the graph a bundle is built from, see readRoutineGraph); these
 * are the fields a storefront may add to it, like core's `fields`:
 * `?fields=+steps.products.description,+steps.products.images.url`.
 * (Medusa allows three relations deep in `fields`; variant options, four
 * deep, are always read.)
 */
export const retrieveStoreRoutineQueryConfig = {
  defaults: defaultStoreRoutineFields,
  allowed: [
    ...defaultStoreRoutineFields,
    "discount_amounts.currency_code",
    "discount_amounts.amount",
    "metadata",
    "steps.metadata",
    "steps.products.images",
    "steps.products.images.*",
    "steps.products.tags",
    ...productFields.map((f) => `steps.products.${f}`),
    "steps.products.variants.metadata",
  ],
  isList: false,
}
