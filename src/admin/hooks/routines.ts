import { useMutation, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminRoutine as Routine, AdminRoutineInput as RoutineInput } from "../../types"
import { useInvalidateCuration } from "./invalidate"

type RoutineListParams = { q?: string; offset: number; limit: number }

export type RoutineListResponse = {
  routines: Routine[]
  count: number
  offset: number
  limit: number
}

export const useRoutines = (params: RoutineListParams) =>
  useQuery({
    queryKey: ["routines", "list", params],
    queryFn: () =>
      sdk.client.fetch<RoutineListResponse>("/admin/routines", {
        query: { ...params, order: "title" },
      }),
    placeholderData: (previous) => previous,
  })

// Every routine with its steps, for choosing a step to add a product to.
export const useRoutineStepOptions = (enabled: boolean) =>
  useQuery({
    queryKey: ["routines", "step-options"],
    queryFn: () =>
      sdk.client.fetch<RoutineListResponse>("/admin/routines", {
        query: { limit: 100, order: "title" },
      }),
    enabled,
  })

export const useRoutine = (id: string, { enabled = true } = {}) =>
  useQuery({
    queryKey: ["routines", "detail", id],
    queryFn: () =>
      sdk.client.fetch<{ routine: Routine }>(`/admin/routines/${id}`),
    enabled,
  })

export const useCreateRoutine = () => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: (body: RoutineInput) =>
      sdk.client.fetch<{ routine: Routine }>("/admin/routines", {
        method: "POST",
        body,
      }),
    onSuccess: () => invalidate(),
  })
}

export const useUpdateRoutine = (id: string) => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: (body: RoutineInput) =>
      sdk.client.fetch<{ routine: Routine }>(`/admin/routines/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => invalidate(),
  })
}

/** A draft copy of the routine (texts, offer, steps, candidates); the answer is the copy. */
export const useDuplicateRoutine = (id: string) => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ routine: Routine }>(`/admin/routines/${id}/duplicate`, { method: "POST", body: {} }),
    onSuccess: () => invalidate(),
  })
}

export const useDeleteRoutine = (id: string) => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/routines/${id}`, {
        method: "DELETE",
      }),
    onSuccess: () => invalidate(id),
  })
}
