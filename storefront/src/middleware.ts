import { NextResponse, type NextRequest } from "next/server"
import { FINDER_VISIT_COOKIE, finderVisitCookieOptions } from "@modules/routine-bundles/lib/finder-visit-cookie"

/*
 * Every page lives under a country code (/de/cart, /us/routines/...), as in
 * dtc-starter: a URL without one is sent to the shopper's country. Shaped
 * after the starter's middleware, reading the same backend variables as the
 * rest of this storefront (at run time, not build time).
 */

type Region = { name: string; countries?: { iso_2?: string | null }[] | null }

const ONE_HOUR = 60 * 60 * 1000
let known: { countries: Map<string, Region>; byName: Region[]; at: number } | undefined

/** Country code → region, from the store's regions (cached for an hour, as the starter does). */
const regions = async () => {
  if (known && known.at > Date.now() - ONE_HOUR) return known
  const backend = process.env.MEDUSA_BACKEND_URL
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!backend || !key) {
    throw new Error("MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY must be set: the storefront routes by the store's regions")
  }
  const response = await fetch(`${backend.replace(/\/$/, "")}/store/regions?fields=id,name,*countries&limit=100`, {
    headers: { "x-publishable-api-key": key },
    cache: "no-store",
  })
  if (!response.ok) throw new Error(`The store's regions could not be read: ${response.status}`)
  const list = ((await response.json()) as { regions: Region[] }).regions
  const countries = new Map<string, Region>()
  list.forEach((region) => region.countries?.forEach((c) => c.iso_2 && countries.set(c.iso_2, region)))
  known = { countries, byName: list.slice().sort((a, b) => a.name.localeCompare(b.name)), at: Date.now() }
  return known
}

/**
 * The country for a URL without one: DEFAULT_REGION when the store sells
 * there (the starter's variable), else the first country by code of the
 * first region by name, so a first visit's currency never changes.
 */
const defaultCountry = ({ countries, byName }: { countries: Map<string, Region>; byName: Region[] }) => {
  const preferred = process.env.DEFAULT_REGION?.toLowerCase()
  if (preferred && countries.has(preferred)) return preferred
  const first = (byName[0]?.countries ?? []).map((c) => c.iso_2 ?? "").filter(Boolean).sort()[0]
  return first
}

/**
 * A first page view starts the shopper's finder visit, on the request (so the
 * page's own first quote names it) and in the answer, so a reload before the
 * first tick is the same visit, not a new one.
 */
const withFinderVisit = (request: NextRequest) => {
  if (request.cookies.has(FINDER_VISIT_COOKIE)) return NextResponse.next()
  const visit = crypto.randomUUID()
  request.cookies.set(FINDER_VISIT_COOKIE, visit)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(FINDER_VISIT_COOKIE, visit, finderVisitCookieOptions)
  return response
}

export async function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const store = await regions()
  const first = pathname.split("/")[1]?.toLowerCase()
  if (first && store.countries.has(first)) return withFinderVisit(request)
  const country = defaultCountry(store)
  if (!country) return NextResponse.next()
  // To the host the browser asked for: Next's nextUrl names its own, which
  // may be another name for the same server (localhost for 127.0.0.1), and
  // the shopper's cookies belong to the name they used.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host
  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")
  const target = new URL(`/${country}${pathname === "/" ? "" : pathname}${search}`, `${protocol}://${host}`)
  return NextResponse.redirect(target, 307)
}

export const config = {
  // Pages only: not Next's own files, the icon or anything with a file extension.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon.svg|.*\\..*).*)"],
}
