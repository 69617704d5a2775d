import "server-only"
import { cookies } from "next/headers"

/*
 * A shopper's finder visit, named by a random token the plugin's analytics
 * count quotes by: every tick re-quotes, and the visit is counted once. The
 * page reads it (a first visit gets a new one); the finder's actions keep it
 * for 30 minutes after the last, the gap after which the analytics start a
 * new visit, so a reload or the page drawn again after an add stays in it.
 */
const VISIT_COOKIE = "_routine_finder_visit"
const VISIT_SECONDS = 30 * 60

export const finderVisit = async () => (await cookies()).get(VISIT_COOKIE)?.value ?? crypto.randomUUID()

export const keepFinderVisit = async (visitId: string) =>
  (await cookies()).set(VISIT_COOKIE, visitId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: VISIT_SECONDS })
