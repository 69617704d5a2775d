import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminHeaders } from "./admin"
import { seedStore } from "./store"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<any> }

/**
 * The demo catalog and an admin's headers, set up once for a suite (in its
 * beforeAll; the runner restores the database to that state between tests).
 * Read the fields inside tests, once the suite has started.
 */
export const seededAdmin = (api: Api, getContainer: () => MedusaContainer) => {
  const suite = {} as {
    seeded: Awaited<ReturnType<typeof seedStore>>
    admin: { headers: Record<string, string> }
  }
  beforeAll(async () => {
    suite.seeded = await seedStore(getContainer())
    suite.admin = await createAdminHeaders(api, getContainer())
  })
  return suite
}
