export const defaultStoreSymptomFields = ["id", "handle", "name", "description"]

// No `products` here: which products answer a symptom depends on the sales
// channel, and GET /store/routines/:id serves that filtered.
export const listStoreSymptomsQueryConfig = {
  defaults: defaultStoreSymptomFields,
  allowed: [...defaultStoreSymptomFields, "metadata", "created_at", "updated_at"],
  defaultLimit: 50,
  isList: true,
}
