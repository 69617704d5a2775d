import { Heading, Text } from "./ui"
import { notFound } from "next/navigation"
import { getI18n } from "../host"
import { finderVisit } from "../server/finder-visit"
import { getRoutine, listSymptoms, quoteRoutine } from "../server/routines"
import { RoutineFinder } from "./routine-finder"
import { RoutineUnavailable } from "./routine-unavailable"

/**
 * The routine finder with its data, for a page: the routine's story, priced
 * for the shopper (their cart, else their region), the symptoms to tick and
 * the store's picks before any is ticked.
 */
export const RoutineFinderSection = async ({ routine: idOrHandle, countryCode }: { routine: string; countryCode: string }) => {
  const [routine, symptoms] = await Promise.all([getRoutine(countryCode, idOrHandle), listSymptoms(idOrHandle)])
  if (!routine) notFound()
  // Not for sale here (no price in this currency, a step with nothing to sell): say why instead of quoting.
  if (!routine.sellable) return <RoutineUnavailable routine={routine} countryCode={countryCode} />
  const visitId = await finderVisit()
  const [quote, { t }] = await Promise.all([quoteRoutine(countryCode, routine.id, visitId), getI18n()])
  return (
    <section aria-labelledby="routine-title" className="flex flex-col gap-y-8">
      <header className="flex flex-col-reverse gap-6 sm:flex-row sm:items-center">
        <div className="flex max-w-2xl flex-col gap-y-2">
          <Heading level="h1" id="routine-title" className="txt-xlarge-plus sm:text-3xl">
            {routine.title}
          </Heading>
          {routine.description && <Text size="large" className="text-ui-fg-subtle">{routine.description}</Text>}
          <Text className="text-ui-fg-subtle">{t.routines.storyIntro}</Text>
        </div>
        {routine.thumbnail && (
          // Decorative beside the title it illustrates; a plain <img>: the storefront runs no image optimiser.
          <img
            src={routine.thumbnail}
            alt=""
            data-testid="routine-image"
            className="shadow-elevation-card-rest aspect-[40/21] w-full rounded-xl object-cover sm:w-80"
          />
        )}
      </header>
      <RoutineFinder routine={routine} symptoms={symptoms} initialQuote={quote} countryCode={countryCode} visitId={visitId} />
    </section>
  )
}
