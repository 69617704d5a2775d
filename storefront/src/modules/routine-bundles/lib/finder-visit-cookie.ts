/**
 * The cookie naming a shopper's finder visit (a random token the plugin's
 * analytics count quotes by) and how long it lasts after the visit's last
 * action: the 30 minutes after which the analytics start a new visit.
 */
export const FINDER_VISIT_COOKIE = "_routine_finder_visit"

export const finderVisitCookieOptions = {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 30 * 60,
} as const
