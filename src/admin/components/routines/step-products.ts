import type { AdminCareStep as CareStep, AdminStepProduct as StepProduct } from "../../../types"

export type StepProductRow = StepProduct & { is_default: boolean; rank: number }

// Joins a step's products with their link rows (default flag and rank).
export const stepProductRows = (step: CareStep): StepProductRow[] =>
  (step.products ?? [])
    .map((product) => {
      const link = step.product_link?.find((l) => l.product_id === product.id)
      return { ...product, is_default: !!link?.is_default, rank: link?.rank ?? 0 }
    })
    .sort((a, b) => a.rank - b.rank || a.title.localeCompare(b.title))

// The ranks the step's other candidates hold, with their titles: RankInput refuses them.
export const ranksTaken = (rows: StepProductRow[], productId: string) =>
  new Map(rows.filter((r) => r.id !== productId).map((r) => [r.rank, r.title]))
