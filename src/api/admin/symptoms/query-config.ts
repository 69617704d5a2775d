export const defaultAdminSymptomFields = [
  "id",
  "handle",
  "name",
  "description",
  "metadata",
  "created_at",
  "updated_at",
  "products.id",
  "products.title",
  "products.handle",
  "products.thumbnail",
]

// `products` lets `*products` select a product's own columns, nothing linked
// to it.
const allowedAdminSymptomFields = [
  ...defaultAdminSymptomFields,
  "products",
  "products.status",
]

export const retrieveSymptomTransformQueryConfig = {
  defaults: defaultAdminSymptomFields,
  allowed: allowedAdminSymptomFields,
  isList: false,
}

export const listSymptomTransformQueryConfig = {
  defaults: defaultAdminSymptomFields,
  allowed: allowedAdminSymptomFields,
  defaultLimit: 50,
  isList: true,
  entity: "symptom",
}
