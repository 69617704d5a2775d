import { Heading, Text } from "./ui"
import Link from "next/link"
import { routinePath } from "../lib/paths"
import { unsellableMessage } from "../lib/unsellable"
import { unique } from "../lib/unique"
import { getI18n } from "../host"
import { listProductRoutineSteps, listRoutines } from "../server/routines"

/**
 * On a product page: the routines and steps the product belongs to, each
 * linking to its step in the finder; a routine the shopper cannot buy where
 * they are is named with the reason, not linked.
 */
export const ProductRoutines = async ({ productId, countryCode }: { productId: string; countryCode: string }) => {
  const steps = await listProductRoutineSteps(productId)
  if (!steps.length) return null
  const [routines, { t: words }] = await Promise.all([
    listRoutines(countryCode, { id: unique(steps.map((s) => s.routine.id)) }),
    getI18n(),
  ])
  const t = words.routines
  const sellability = new Map(routines.map((r) => [r.id, r]))
  return (
    <section aria-labelledby="product-routines" className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-3 rounded-lg p-4">
      <Heading level="h2" id="product-routines" className="txt-compact-large-plus">
        {t.partOf}
      </Heading>
      <ul className="flex flex-col gap-y-2">
        {steps.map(({ routine, step, is_default }) => {
          const listed = sellability.get(routine.id)
          return (
            <li key={`${routine.id}:${step.id}`} data-testid="product-routine-step">
              {listed?.sellable === false ? (
                <Text className="txt-compact-medium-plus text-ui-fg-subtle">{routine.title}</Text>
              ) : (
                <Link href={routinePath(countryCode, routine.handle, step.handle)} className="txt-compact-medium-plus underline-offset-2 hover:underline">
                  {routine.title}
                </Link>
              )}
              <Text size="small" className="text-ui-fg-subtle">
                {t.stepOf(step.position, step.title)}
                {is_default ? t.ourPick : ""}
              </Text>
              {listed?.sellable === false && listed.unsellable_reason && (
                <Text size="small" className="text-ui-fg-subtle">
                  {unsellableMessage(listed.unsellable_reason, t)}
                </Text>
              )}
            </li>
          )
        })}
      </ul>
      <Text size="small" className="text-ui-fg-subtle">{t.cheaperAsRoutine}</Text>
    </section>
  )
}
