// `node scripts/build-if-changed.mjs backend|storefront`: the demo's cached
// builds, for the browser suites (jest loads their helpers as CommonJS, which
// cannot import this ES module): `medusa build` or `next build` only when
// their sources changed since the last build, whoever made it.
import path from "node:path"
import process from "node:process"
import { BUILD_NAMES, buildIfChangedNamed } from "./lib/build-cache.mjs"

const name = process.argv[2]
if (!BUILD_NAMES.includes(name)) {
  console.error(`Build what? ${BUILD_NAMES.join(" or ")}`)
  process.exit(2)
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")
const built = await buildIfChangedNamed(root, name)
console.log(built ? `${name} built` : `${name} build up to date`)
