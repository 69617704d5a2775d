import { StatusBadge } from "@medusajs/ui"
import type { RoutineStatus } from "../../../types"

export const RoutineStatusBadge = ({ status }: { status: RoutineStatus }) => (
  <StatusBadge color={status === "published" ? "green" : "grey"}>
    {status === "published" ? "Published" : "Draft"}
  </StatusBadge>
)
