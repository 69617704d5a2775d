import { useSyncExternalStore } from "react"

const subscribe = () => () => {}

/**
 * False in the server's HTML and until React has hydrated the page, then
 * true. Controls that only work with JavaScript stay disabled until then: a
 * click before would do nothing, or submit a form the browser's way (the
 * checkout's address in the URL).
 */
export const useHydrated = () =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false
  )
