import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import RoutineModule from "../modules/routine"

// Who made a change in a routine's history: read only, through the entry's
// `changed_by`, so the history can show a name without a table of its own.
export default defineLink(
  { linkable: RoutineModule.linkable.routineChange, field: "changed_by" },
  UserModule.linkable.user,
  { readOnly: true }
)
