import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
}

export const ADMIN_EMAIL = "admin@routine.test"
const ADMIN_PASSWORD = "supersecret"

/**
 * Registers an admin through the emailpass provider and logs in through the
 * real auth route, so tests carry the same bearer token a dashboard would.
 */
export const createAdminHeaders = async (
  api: Api,
  container: MedusaContainer,
  email = ADMIN_EMAIL
) => {
  const authService = container.resolve(Modules.AUTH)
  const { authIdentity } = await authService.register("emailpass", {
    body: { email, password: ADMIN_PASSWORD },
  })
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email } },
  })
  const { data } = await api.post("/auth/user/emailpass", {
    email,
    password: ADMIN_PASSWORD,
  })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
