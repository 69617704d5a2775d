import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

export type RoutineDiscountAmountInput = {
  currency_code: string
  amount: number
}

export type SetRoutineDiscountAmountsStepInput = {
  routine_id: string
  amounts: RoutineDiscountAmountInput[]
}

type Compensation = {
  created: string[]
  deleted: string[]
  updated: { id: string; amount: number }[]
}

export const setRoutineDiscountAmountsStepId = "set-routine-discount-amounts"

/**
 * Makes a routine's fixed discount amounts exactly the given ones: amounts in
 * a currency already present are updated, new currencies are created and the
 * currencies left out are soft-deleted.
 */
export const setRoutineDiscountAmountsStep = createStep(
  setRoutineDiscountAmountsStepId,
  async (
    { routine_id, amounts }: SetRoutineDiscountAmountsStepInput,
    { container }
  ) => {
    const routineService = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const existing = await routineService.listRoutineDiscountAmounts({
      routine_id,
    })
    const byCurrency = new Map(existing.map((e) => [e.currency_code, e]))
    const wanted = new Set(amounts.map((a) => a.currency_code))

    const toDelete = existing.filter((e) => !wanted.has(e.currency_code))
    const toUpdate = amounts.flatMap((a) => {
      const current = byCurrency.get(a.currency_code)
      return current ? [{ id: current.id, amount: a.amount }] : []
    })
    const toCreate = amounts
      .filter((a) => !byCurrency.has(a.currency_code))
      .map((a) => ({ ...a, routine_id }))

    await routineService.softDeleteRoutineDiscountAmounts(
      toDelete.map((e) => e.id)
    )
    await routineService.updateRoutineDiscountAmounts(toUpdate)
    const created = await routineService.createRoutineDiscountAmounts(toCreate)

    const compensation: Compensation = {
      created: created.map((c) => c.id),
      deleted: toDelete.map((e) => e.id),
      updated: existing
        .filter((e) => wanted.has(e.currency_code))
        .map((e) => ({ id: e.id, amount: Number(e.amount) })),
    }
    return new StepResponse(void 0, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const routineService = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await routineService.deleteRoutineDiscountAmounts(compensation.created)
    await routineService.updateRoutineDiscountAmounts(compensation.updated)
    await routineService.restoreRoutineDiscountAmounts(compensation.deleted)
  }
)
