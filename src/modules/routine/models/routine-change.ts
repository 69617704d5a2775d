import { model } from "@medusajs/framework/utils"
import { ROUTINE_CHANGE_ACTIONS, ROUTINE_CHANGE_SUBJECTS } from "../../../types/routine"

// A routine's history: one row per change to an offer, a routine, its
// steps and candidates, or a symptom, written in the transaction of the
// change itself (see RoutineModuleService.writeWithHistory), so history and
// data never disagree. `created_at` orders the rows as the changes committed:
// a routine's changes are serialised by its lock.
export const RoutineChange = model
  .define("routine_change", {
    id: model.id({ prefix: "rtnchg" }).primaryKey(),
    subject: model.enum([...ROUTINE_CHANGE_SUBJECTS]),
    action: model.enum([...ROUTINE_CHANGE_ACTIONS]),
    routine_id: model.text().nullable(),
    target_id: model.text(),
    changed_by: model.text().nullable(),
    before: model.json().nullable(),
    after: model.json().nullable(),
    /** Why an offer change crossed the store's alert threshold; empty otherwise. */
    alerts: model.array(),
  })
  .indexes([
    { on: ["routine_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["changed_by", "created_at"], where: "deleted_at IS NULL" },
    { on: ["created_at"], where: "deleted_at IS NULL" },
  ])
