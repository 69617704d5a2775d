const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { decoratorMetadata: true },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/storefront/"],
  setupFiles: ["./integration-tests/setup.js"],
  // Every test file boots a whole Medusa app, and a long suite in one process
  // ran out of heap: a worker is replaced once a file leaves it above this
  // (scripts/test.mjs says how many run at once, per suite).
  workerIdleMemoryLimit: "1GB",
}

const suites = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  browser: ["**/integration-tests/browser/**/*.spec.[jt]s"],
  "multi-instance": ["**/integration-tests/multi-instance/**/*.spec.[jt]s"],
  package: ["**/integration-tests/package/**/*.spec.[jt]s"],
  demo: ["**/integration-tests/demo/**/*.spec.[jt]s"],
}

if (suites[process.env.TEST_TYPE]) {
  module.exports.testMatch = suites[process.env.TEST_TYPE]
  if (process.env.TEST_TYPE === "integration:modules") {
    module.exports.testPathIgnorePatterns = ["\\.unit\\.spec\\.[jt]s$"]
  }
  if (process.env.TEST_TYPE === "integration:http") {
    // The migrated database every HTTP file starts from (integration-runner.ts).
    module.exports.globalSetup = "./integration-tests/helpers/migrated-database.ts"
    // The whole suite from `npm test`: spec files share servers (integration-tests/http-shared).
    if (process.env.HTTP_SHARED_SERVERS === "1") {
      module.exports.testMatch = require("./integration-tests/http-shared/servers").testMatch
      module.exports.testSequencer = "./integration-tests/http-shared/sequencer.js"
    }
  }
}
