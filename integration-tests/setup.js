const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// medusa-config.ts: Medusa's test runner restores the database between tests
// without the events that keep the routine page cache right, so the HTTP
// suites run without it, except the one that tests it.
if (process.env.TEST_TYPE === "integration:http") {
  process.env.ROUTINE_PAGE_CACHE_TTL_SECONDS = "0"
}
