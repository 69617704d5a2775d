import Medusa from "@medusajs/js-sdk"

// Same origin as the dashboard unless a separate backend is configured.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
