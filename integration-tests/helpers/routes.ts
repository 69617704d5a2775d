import { readdirSync, readFileSync } from "fs"
import path from "path"

export type DiscoveredRoute = { method: "GET" | "POST" | "DELETE"; path: string }

const API_ROOT = path.resolve(__dirname, "../../src/api")

/**
 * Every route this project serves under `/<area>`, read from the route files
 * themselves, so a route added later is guarded by the tests without anyone
 * remembering to list it. `[id]` folders become `:id`.
 */
export const discoverRoutes = (area: "admin" | "store"): DiscoveredRoute[] => {
  const routes: DiscoveredRoute[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (entry.name === "route.ts") {
        const url =
          "/" +
          path
            .relative(API_ROOT, dir)
            .split(path.sep)
            .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
            .join("/")
        const source = readFileSync(full, "utf8")
        for (const [, method] of source.matchAll(/export const (GET|POST|DELETE)\b/g)) {
          routes.push({ method: method as DiscoveredRoute["method"], path: url })
        }
      }
    }
  }
  walk(path.join(API_ROOT, area))
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`))
}

/** Fills `:param` segments from `params`; an unnamed one gets a placeholder id. */
export const fillPath = (template: string, params: Record<string, string>) =>
  template.replace(/:([a-z_]+)/g, (_, name: string) => params[name] ?? `unknown_${name}`)
