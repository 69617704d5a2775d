import { useMutation, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminSymptom as Symptom, AdminSymptomInput as SymptomInput } from "../../types"
import { useInvalidateCuration } from "./invalidate"

type SymptomResponse = { symptom: Symptom }

export const useSymptoms = ({ enabled = true } = {}) =>
  useQuery({
    queryKey: ["symptoms", "list"],
    queryFn: () =>
      sdk.client.fetch<{ symptoms: Symptom[]; count: number }>("/admin/symptoms", {
        query: { limit: 100, order: "name" },
      }),
    enabled,
  })

export const useSymptom = (id: string, { enabled = true } = {}) =>
  useQuery({
    queryKey: ["symptoms", "detail", id],
    queryFn: () =>
      sdk.client.fetch<SymptomResponse>(`/admin/symptoms/${id}`),
    enabled,
  })

export const useCreateSymptom = () => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: (body: SymptomInput) =>
      sdk.client.fetch<SymptomResponse>("/admin/symptoms", { method: "POST", body }),
    onSuccess: () => invalidate(),
  })
}

export const useUpdateSymptom = () => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: ({ id, ...body }: SymptomInput & { id: string }) =>
      sdk.client.fetch<SymptomResponse>(`/admin/symptoms/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => invalidate(),
  })
}

export const useDeleteSymptom = () => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch(`/admin/symptoms/${id}`, { method: "DELETE" }),
    onSuccess: (_, id) => invalidate(id),
  })
}

export const useUpdateSymptomProducts = () => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; add?: string[]; remove?: string[] }) =>
      sdk.client.fetch<SymptomResponse>(`/admin/symptoms/${id}/products`, {
        method: "POST",
        body,
      }),
    onSuccess: () => invalidate(),
  })
}
