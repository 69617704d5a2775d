import { GlobeEurope } from "@medusajs/icons"
import { useNavigate } from "react-router-dom"
import { usePermissions } from "../../hooks/permissions"
import { useTranslationsEnabled } from "../../hooks/translations"
import type { Action } from "./action-menu"

/**
 * "Manage translations" in a record's action menu, as core's records have it
 * (product tags, types…): Medusa's Settings → Translations editor opened at
 * this routine, step or symptom. No group without the `translation` flag,
 * nor for a user who may not read translations.
 */
export const useTranslationsActions = (reference: "routine" | "care_step" | "symptom", id: string): Action[][] => {
  const enabled = useTranslationsEnabled()
  const { can } = usePermissions()
  const navigate = useNavigate()
  // Core's editor needs translation:read at least: without it the item would lead to a refusal.
  return enabled && can("translation:read")
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
