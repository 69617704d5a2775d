/**
 * Retries `check` until it stops throwing: for what subscribers do after an
 * event, which happens after the request that caused it has answered, and for
 * pages that render what they read a moment later. Fails with the check's last
 * error once `timeoutMs` has passed.
 *
 * The deadline only bounds a hang: a check normally passes within a second,
 * but a loaded two-core CI machine can take many times that to run an event's
 * subscribers, so it is generous on purpose. A test must never rely on it to
 * tell "too slow" from "right".
 */
export const eventually = async <T>(
  check: () => Promise<T>,
  { timeoutMs = 60_000, pauseMs = 250 }: { timeoutMs?: number; pauseMs?: number } = {}
): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() >= deadline) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, pauseMs))
    }
  }
}
