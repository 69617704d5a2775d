import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL

// With REDIS_URL set, the store can run on several servers: events, workflow
// state, locks and cache are shared through Redis instead of living in memory.
const redisModules = redisUrl
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.CACHE,
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

// Medusa's role-based access control, on when MEDUSA_FF_RBAC=true (`npm run
// demo` turns it on). The flag alone does not load the RBAC module: Medusa
// decides its default modules before it reads feature flags, so the module
// is listed here when the flag is on.
const rbacModules = process.env.MEDUSA_FF_RBAC === "true" ? [{ resolve: "@medusajs/medusa/rbac" }] : []

// Medusa's Translation module (feature flag `translation`), so routines, steps,
// symptoms and products answer in the shopper's language. On unless
// MEDUSA_FF_TRANSLATION=false; as with RBAC, the flag alone does not load the
// module, and Medusa's read-only link of the store's locales reads the
// variable before the config's flags are known.
const translation = process.env.MEDUSA_FF_TRANSLATION !== "false"
process.env.MEDUSA_FF_TRANSLATION = String(translation)
const translationModules = translation ? [{ resolve: "@medusajs/medusa/translation" }] : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
    // A production server marks its session cookie Secure, which a browser
    // drops over plain http: the demo and the browser suites run on localhost.
    ...(process.env.COOKIE_SECURE === "false" && { cookieOptions: { secure: false } }),
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  modules: [
    {
      resolve: "./src/modules/routine",
      // The plugin's options (see src/plugin-options.ts). The HTTP suites
      // turn the page cache off: their runner restores the database between
      // tests behind the cache's back. integration-tests/http/routine-page-cache.spec.ts
      // turns it on. The concurrency suites shorten the cart lock wait; the
      // order-changes suite re-prices what a shopper keeps. "View in store"
      // opens the demo storefront's routine page (STOREFRONT_URL, set by
      // `npm run demo`).
      options: {
        storefront_routine_url: `${process.env.STOREFRONT_URL || "http://localhost:8000"}/{country_code}/routines/{handle}`,
        ...(process.env.ROUTINE_PAGE_CACHE_TTL_SECONDS && {
          routine_page_cache_ttl_seconds: Number(process.env.ROUTINE_PAGE_CACHE_TTL_SECONDS),
        }),
        ...(process.env.ROUTINE_CART_LOCK_TIMEOUT_SECONDS && {
          cart_lock_timeout_seconds: Number(process.env.ROUTINE_CART_LOCK_TIMEOUT_SECONDS),
        }),
        ...(process.env.ROUTINE_PARTIAL_RETURN_POLICY && {
          partial_return_policy: process.env.ROUTINE_PARTIAL_RETURN_POLICY,
        }),
      },
    },
    // Medusa's default file module (the local provider, files under
    // ./static), with the address the server really answers on: its default
    // (localhost:9000) is wrong for a server started on another PORT, and the
    // routine image the admin uploads would not load.
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              backend_url: `${process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`}/static`,
            },
          },
        ],
      },
    },
    // Subscriptions' check-in invitations and price notices go out through
    // Medusa's Notification module on the email channel; the local provider
    // logs them (a store puts its email provider here).
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } },
        ],
      },
    },
    ...redisModules,
    ...rbacModules,
    ...translationModules,
  ],
})
