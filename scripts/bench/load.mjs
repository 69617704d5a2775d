// Load generation with autocannon. Latencies are collected per response from
// autocannon's own timer (hrtime, fractional ms), so percentiles of fast
// routes are not rounded to whole milliseconds by its histogram.
import autocannon from "autocannon"

export const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits

/** p50 (or any figure) of ours over core's, to two decimals. */
export const ratio = (ours, core) => round(ours / core)

/** A measurement's summary without its raw latencies (kept out of results.json). */
export const withoutLatencies = ({ latencies: _, ...summary }) => summary

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

export const summarize = (latencies) => {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    samples: sorted.length,
    p50_ms: round(percentile(sorted, 50)),
    p90_ms: round(percentile(sorted, 90)),
    p99_ms: round(percentile(sorted, 99)),
    mean_ms: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
    max_ms: round(sorted[sorted.length - 1]),
  }
}

const run = (options) =>
  new Promise((resolve, reject) => {
    const latencies = []
    const statuses = {}
    const instance = autocannon(
      { ...options, timeout: 60 },
      (error, result) => (error ? reject(error) : resolve({ result, latencies, statuses }))
    )
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
      latencies.push(responseTime)
    })
  })

const failures = (statuses, result) => {
  const bad = Object.entries(statuses).filter(([code]) => !code.startsWith("2"))
  if (bad.length || result.errors || result.timeouts) {
    return `non-2xx ${JSON.stringify(Object.fromEntries(bad))}, errors ${result.errors}, timeouts ${result.timeouts}`
  }
  return null
}

/** A fixed-duration run at `connections`, after an unmeasured warm-up. */
export const measureThroughput = async ({ url, headers, connections, seconds, warmupSeconds }) => {
  await run({ url, headers, connections, duration: warmupSeconds })
  const { result, latencies, statuses } = await run({ url, headers, connections, duration: seconds })
  return {
    connections,
    seconds,
    requests_per_sec: round(result.requests.total / seconds, 1),
    ...summarize(latencies),
    failures: failures(statuses, result),
  }
}

/**
 * The given requests, one at a time and in order, so the latency is the
 * route's own and not time spent queueing behind another request.
 * Returns the summary and the latencies in request order.
 */
export const measureEach = async ({ baseUrl, method, requests, headers }) => {
  const queue = [...requests]
  const { result, latencies, statuses } = await run({
    url: baseUrl,
    connections: 1,
    amount: requests.length,
    requests: [
      {
        method,
        headers: { ...headers, "content-type": "application/json" },
        setupRequest: (request) => {
          const next = queue.shift()
          if (!next) return request
          return { ...request, path: next.path, body: JSON.stringify(next.body) }
        },
      },
    ],
  })
  return { ...summarize(latencies), failures: failures(statuses, result), latencies }
}

/** `amount` sequential requests to one URL, after `warmup` unmeasured ones. */
export const measureSequential = async ({ url, headers, amount, warmup }) => {
  await run({ url, headers, connections: 1, amount: warmup })
  const { result, latencies, statuses } = await run({ url, headers, connections: 1, amount })
  return { ...summarize(latencies), failures: failures(statuses, result) }
}
