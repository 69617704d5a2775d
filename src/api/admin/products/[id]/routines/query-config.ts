// The product page widget shows where a product is used; the shape is fixed,
// so these lists are not open to `fields`.
export const productCareStepFields = [
  "is_default",
  "rank",
  "care_step.id",
  "care_step.title",
  "care_step.handle",
  "care_step.position",
  "care_step.routine.id",
  "care_step.routine.title",
  "care_step.routine.handle",
  "care_step.routine.status",
]

export const productSymptomFields = [
  "id",
  "symptoms.id",
  "symptoms.handle",
  "symptoms.name",
]
