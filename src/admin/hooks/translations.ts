import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/** Whether Medusa's `translation` feature flag is on: its Settings → Translations pages exist only then. */
export const useTranslationsEnabled = () =>
  useQuery({
    queryKey: ["feature-flags"],
    queryFn: () => sdk.client.fetch<{ feature_flags: Record<string, boolean> }>("/admin/feature-flags"),
    // A flag changes only with a restart.
    staleTime: Infinity,
  }).data?.feature_flags.translation === true
