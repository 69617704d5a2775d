import { listSubscriptions } from "../../utils/routine-subscriptions"
import type { AdminGetRoutineSubscriptionsParamsType } from "./validators"

/** Escapes LIKE's wildcards, so `q` matches what it says. */
const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** Subscriptions, soonest renewal first, filtered (validators.ts says by what); `q` is a part of the email. */
export const GET = listSubscriptions("merchant", (req) => {
  const { q, ...filters } = req.filterableFields as AdminGetRoutineSubscriptionsParamsType
  return { ...filters, ...(q && { email: { $ilike: likeOf(q) } }) }
})
