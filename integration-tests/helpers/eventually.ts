/**
 * Retries `check` until it stops throwing: for what subscribers do after an
 * event, which happens after the request that caused it has answered. Fails
 * with the check's last error after `attempts` tries.
 */
export const eventually = async <T>(check: () => Promise<T>, attempts = 40, pauseMs = 250): Promise<T> => {
  let lastError: unknown
  for (let i = 0; i < attempts; i++) {
    try {
      return await check()
    } catch (error) {
      lastError = error
      await new Promise((resolve) => setTimeout(resolve, pauseMs))
    }
  }
  throw lastError
}
