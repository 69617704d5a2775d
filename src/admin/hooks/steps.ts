import { useMutation } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminRoutine as Routine, AdminCareStepInput as StepInput, AdminStepProductsInput as StepProductsInput } from "../../types"
import { useInvalidateCuration } from "./invalidate"

type RoutineResponse = { routine: Routine }

const stepsPath = (routineId: string) => `/admin/routines/${routineId}/steps`

export const useCreateStep = (routineId: string) => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: (body: StepInput) =>
      sdk.client.fetch<RoutineResponse>(stepsPath(routineId), {
        method: "POST",
        body,
      }),
    onSuccess: () => invalidate(),
  })
}

export const useUpdateStep = (routineId: string) => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: ({ stepId, ...body }: StepInput & { stepId: string }) =>
      sdk.client.fetch<RoutineResponse>(`${stepsPath(routineId)}/${stepId}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => invalidate(),
  })
}

export const useDeleteStep = (routineId: string) => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: (stepId: string) =>
      sdk.client.fetch(`${stepsPath(routineId)}/${stepId}`, { method: "DELETE" }),
    onSuccess: () => invalidate(),
  })
}

export const useReorderSteps = (routineId: string) => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: (stepIds: string[]) =>
      sdk.client.fetch<RoutineResponse>(`${stepsPath(routineId)}/reorder`, {
        method: "POST",
        body: { step_ids: stepIds },
      }),
    onSuccess: () => invalidate(),
  })
}

/**
 * Adds, updates and removes a step's candidate products in one request, so a
 * change is saved whole or not at all. A routine id is passed per call because
 * the product widget edits steps of several routines.
 */
export const useUpdateStepProducts = () => {
  const invalidate = useInvalidateCuration()
  return useMutation({
    mutationFn: ({
      routineId,
      stepId,
      ...body
    }: StepProductsInput & { routineId: string; stepId: string }) =>
      sdk.client.fetch<RoutineResponse>(
        `${stepsPath(routineId)}/${stepId}/products`,
        { method: "POST", body }
      ),
    onSuccess: () => invalidate(),
  })
}
