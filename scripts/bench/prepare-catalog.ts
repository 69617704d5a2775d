import { writeFileSync } from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { loadCatalog, type Catalog } from "../../src/scripts/seed/catalog"
import { seedDemoCatalog } from "../../src/scripts/seed/seed-demo-catalog"

/**
 * `medusa exec` script of `npm run bench`: reads back the demo store (seeding
 * is idempotent) and adds synthetic routines of growing size through the same
 * seed code, so every synthetic product is published, priced in both regions,
 * stocked and in the demo sales channel like the real catalog.
 * Env: BENCH_SIZES = "steps x products" pairs, BENCH_OUT = JSON file to write.
 */

const PRODUCT_POOL_PREFIX = "bench-product-"

const parseSizes = (spec: string) =>
  spec.split(",").map((pair) => {
    const [steps, products] = pair.split("x").map(Number)
    return { steps, products }
  })

// Product i belongs to step i mod steps, so every step gets products/steps of
// them; the first product of each step is its default.
const syntheticCatalog = (
  demo: Catalog,
  { steps, products }: { steps: number; products: number }
): Catalog => {
  const stepHandle = (n: number) => `step-${n}`
  return {
    currency_code: demo.currency_code,
    symptoms: demo.symptoms,
    routine: {
      handle: `bench-${steps}-steps-${products}-products`,
      title: `Bench routine, ${steps} steps x ${products} products`,
      summary: "Synthetic routine for npm run bench",
      discount: { type: "percentage", value: 15 },
      steps: Array.from({ length: steps }, (_, i) => ({
        position: i + 1,
        handle: stepHandle(i + 1),
        title: `Step ${i + 1}`,
        guidance: "",
      })),
    },
    products: Array.from({ length: products }, (_, i) => ({
      handle: `${PRODUCT_POOL_PREFIX}${String(i + 1).padStart(3, "0")}`,
      title: `Bench product ${i + 1}`,
      step: stepHandle((i % steps) + 1),
      default_for_step: i < steps,
      price: 990 + 10 * (i % 50),
      stock: 1000,
      symptoms: [
        demo.symptoms[i % demo.symptoms.length].handle,
        demo.symptoms[(i + 2) % demo.symptoms.length].handle,
      ],
    })),
  }
}

export default async function prepareBenchCatalog({ container }: ExecArgs) {
  const demo = loadCatalog()
  const seeded = await seedDemoCatalog(container, demo)
  const sizes = parseSizes(process.env.BENCH_SIZES || "5x11")
  // The largest catalog first: it creates the whole product pool in one run.
  const bySize = [...sizes].sort((a, b) => b.products - a.products)
  const routines: { steps: number; products: number; id: string; handle: string }[] = []
  const plainVariantIds: string[] = []
  for (const size of bySize) {
    const { routine, products } = await seedDemoCatalog(container, syntheticCatalog(demo, size))
    routines.push({ ...size, id: routine.id, handle: routine.handle })
    if (!plainVariantIds.length) {
      // Lines of a core cart to change the region of, as many as 10 bundles hold.
      plainVariantIds.push(...products.slice(0, 50).map((p) => p.variants![0]!.id))
    }
  }

  const inStock = demo.products.find((p) => p.stock > 0)!
  const lineItemProduct = seeded.products.find((p) => p.handle === inStock.handle)!
  const out = {
    publishable_key: seeded.publishableKey.token,
    sales_channel_id: seeded.salesChannel.id,
    regions: seeded.regions.map((r) => ({ id: r.id, currency_code: r.currency_code })),
    routine: { id: seeded.routine.id, handle: seeded.routine.handle },
    line_item_variant_id: lineItemProduct.variants[0].id,
    line_item_product_handle: lineItemProduct.handle,
    plain_variant_ids: plainVariantIds,
    scale: sizes.map((s) => routines.find((r) => r.steps === s.steps && r.products === s.products)!),
  }
  writeFileSync(process.env.BENCH_OUT || "bench-catalog.json", JSON.stringify(out, null, 2))
}
