import "server-only"
import { cookies } from "next/headers"
import { FINDER_VISIT_COOKIE, finderVisitCookieOptions } from "../lib/finder-visit-cookie"

/*
 * A shopper's finder visit: every tick re-quotes, and the visit is counted
 * once. The middleware starts one on the first page view (so a reload before
 * the first tick stays in it); the finder's actions keep it for 30 minutes
 * after the last.
 */
export const finderVisit = async () => (await cookies()).get(FINDER_VISIT_COOKIE)?.value ?? crypto.randomUUID()

export const keepFinderVisit = async (visitId: string) =>
  (await cookies()).set(FINDER_VISIT_COOKIE, visitId, finderVisitCookieOptions)
