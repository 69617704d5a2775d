import { useState } from "react"
import { useRegions } from "./regions"

// One key for the routine page's price preview and coverage audit (each on
// its own tab, so each reads it when shown): a merchandiser working one
// market finds it chosen on every routine, after a reload too.
const STORAGE_KEY = "routine-bundles:region"

const stored = () => {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? undefined
  } catch {
    return undefined
  }
}

/** The region chosen last (kept in localStorage), or the first one while none is, or once it no longer exists. */
export const useStoredRegion = () => {
  const { data } = useRegions()
  const regions = data?.regions ?? []
  const [chosen, setChosen] = useState<string | undefined>(stored)
  const regionId = regions.some((r) => r.id === chosen) ? chosen : regions[0]?.id

  const setRegionId = (id: string) => {
    setChosen(id)
    try {
      window.localStorage.setItem(STORAGE_KEY, id)
    } catch {
      // Private windows may refuse storage: the choice then lasts until the page closes.
    }
  }
  return { regionId, setRegionId, regions }
}
