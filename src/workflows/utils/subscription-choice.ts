import { leaveOutRefusal } from "../../lib/leave-out-rule"
import type { SubscriptionChoice } from "../../types"
import { sortSteps } from "./routine-graph"

/** The routine as a subscription's choice needs it: its steps, their products and what each answers. */
export type ChoiceRoutine = {
  min_steps: number | null
  steps: ({
    id: string
    handle: string
    optional: boolean
    position: number
    products: ({ id: string; symptoms: ({ id: string } | null)[]; variants: ({ id: string } | null)[] } | null)[]
  } | null)[]
}

type ChoiceStep = NonNullable<ChoiceRoutine["steps"][number]>

const stepsOf = (routine: ChoiceRoutine) => sortSteps(routine.steps.filter((s): s is ChoiceStep => !!s))

const productsOf = (step: ChoiceStep) => step.products.filter((p) => !!p)

/** The symptom ids any product of the step answers. */
const answeredBy = (step: ChoiceStep) =>
  new Set(productsOf(step).flatMap((p) => p.symptoms.flatMap((s) => (s ? [s.id] : []))))

const variantOfStep = (step: ChoiceStep, variantId: string) =>
  productsOf(step).find((p) => p.variants.some((v) => v?.id === variantId))

/**
 * The choice as today's routine can take it: picks of steps or products the
 * merchant removed since are dropped, so the store picks for that step again
 * (the usual fallbacks), and steps left out that no longer exist are
 * forgotten. A renewal is thus never refused for a catalogue change a
 * fallback covers; a step with nothing sellable at all is still reported.
 */
export const choiceForRoutine = (choice: SubscriptionChoice, routine: ChoiceRoutine): SubscriptionChoice => {
  const steps = stepsOf(routine)
  const stepOf = (key: string) => steps.find((s) => s.id === key || s.handle === key)
  const skipped = (choice.skip_steps ?? []).flatMap((key) => {
    const step = stepOf(key)
    return step ? [step.id] : []
  })
  const selections = Object.entries(choice.selections ?? {}).flatMap(([key, variantId]) => {
    const step = stepOf(key)
    return step && !skipped.includes(step.id) && variantOfStep(step, variantId) ? [[step.id, variantId] as const] : []
  })
  return { ...choice, skip_steps: skipped, selections: Object.fromEntries(selections) }
}

/**
 * The choice after a skin check-in (`symptoms`: the ids ticked now).
 * - A new symptom brings its product back: a step left out that answers it
 *   is taken back, and a step whose pick does not answer it while another of
 *   its products does is chosen again by the store (for the symptoms).
 * - A step kept for symptoms that are all gone may be left out, from the
 *   last step first, as long as the routine's rule allows (its fewest
 *   steps, or optional steps only when it has none).
 * Without changes in the symptoms the choice stays as it was.
 */
export const adaptChoiceToCheckin = (
  choice: SubscriptionChoice,
  routine: ChoiceRoutine,
  symptoms: string[]
): SubscriptionChoice => {
  const current = choiceForRoutine(choice, routine)
  const steps = stepsOf(routine)
  const before = new Set(current.symptoms ?? [])
  const after = new Set(symptoms)
  const added = [...after].filter((id) => !before.has(id))
  const gone = [...before].filter((id) => !after.has(id))
  const answersAdded = (step: ChoiceStep) => added.some((id) => answeredBy(step).has(id))

  const skippedIds = new Set(current.skip_steps)
  for (const step of steps) {
    if (skippedIds.has(step.id) && answersAdded(step)) skippedIds.delete(step.id)
  }
  const goneOnly = (step: ChoiceStep) => {
    const answered = answeredBy(step)
    return gone.some((id) => answered.has(id)) && ![...after].some((id) => answered.has(id))
  }
  for (const step of [...steps].reverse()) {
    if (skippedIds.has(step.id) || !goneOnly(step)) continue
    const skipped = steps.filter((s) => skippedIds.has(s.id) || s === step)
    if (leaveOutRefusal(steps, skipped, routine.min_steps) === null) skippedIds.add(step.id)
  }

  const selections = Object.entries(current.selections ?? {}).filter(([stepId, variantId]) => {
    const step = steps.find((s) => s.id === stepId)!
    if (skippedIds.has(stepId)) return false
    const picked = new Set(variantOfStep(step, variantId)!.symptoms.flatMap((s) => (s ? [s.id] : [])))
    return !added.some((id) => answeredBy(step).has(id) && !picked.has(id))
  })
  return {
    ...current,
    symptoms: [...after],
    skip_steps: steps.filter((s) => skippedIds.has(s.id)).map((s) => s.id),
    selections: Object.fromEntries(selections),
  }
}
