import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export const useRegions = () =>
  useQuery({
    queryKey: ["regions"],
    queryFn: () =>
      sdk.admin.region.list({ limit: 100, fields: "id,name,currency_code" }),
  })
