import { GlobeEurope } from "@medusajs/icons"
import { useNavigate } from "react-router-dom"
import { useTranslationsEnabled } from "../../hooks/translations"
import type { Action } from "./action-menu"

/**
 * "Manage translations" in a record's action menu, as core's records have it
 * (product tags, types…): Medusa's Settings → Translations editor opened at
 * this routine, step or symptom. No group without the `translation` flag.
 */
export const useTranslationsActions = (reference: "routine" | "care_step" | "symptom", id: string): Action[][] => {
  const enabled = useTranslationsEnabled()
  const navigate = useNavigate()
  return enabled
    ? [
        [
          {
            label: "Manage translations",
            icon: <GlobeEurope />,
            onClick: () => navigate(`/settings/translations/edit?reference=${reference}&reference_id=${id}`),
          },
        ],
      ]
    : []
}
