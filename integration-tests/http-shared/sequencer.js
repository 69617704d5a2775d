const Sequencer = require("@jest/test-sequencer").default

/**
 * Jest runs the longest files first when it knows their durations, and
 * otherwise the largest, as on a fresh clone: there the shared servers'
 * one-line files would come last, while they run longest (five spec files
 * each). They go first, so the short files fill the workers' ends.
 */
class SharedServersFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    const shared = (test) => test.path.includes("/integration-tests/http-shared/")
    return [...sorted.filter(shared), ...sorted.filter((test) => !shared(test))]
  }
}

module.exports = SharedServersFirst
