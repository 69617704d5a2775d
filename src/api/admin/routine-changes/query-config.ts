export const defaultAdminRoutineChangeFields = [
  "id",
  "subject",
  "action",
  "routine_id",
  "target_id",
  "changed_by",
  "before",
  "after",
  "alerts",
  "created_at",
  "user.id",
  "user.email",
  "user.first_name",
  "user.last_name",
]

export const listRoutineChangeTransformQueryConfig = {
  defaults: defaultAdminRoutineChangeFields,
  allowed: defaultAdminRoutineChangeFields,
  defaultLimit: 50,
  isList: true,
  entity: "routine_change",
}
