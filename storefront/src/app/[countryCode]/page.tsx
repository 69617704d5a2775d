import { Heading, Text } from "@modules/common/components/ui"
import Link from "next/link"
import { RoutineFinderSection } from "@modules/routine-bundles/components/routine-finder-section"
import { routinePath } from "@modules/routine-bundles/lib/paths"
import { unsellableMessage } from "@modules/routine-bundles/lib/unsellable"
import { getI18n } from "@lib/i18n/server"
import { listRoutines } from "@modules/routine-bundles/server/routines"

/**
 * The home page is the finder of the store's first routine the shopper can
 * buy where they are; the others are linked below it, and those that cannot
 * be bought here are named with the reason, not linked.
 */
type Props = { params: Promise<{ countryCode: string }> }

export default async function Home({ params }: Props) {
  const { countryCode } = await params
  const [routines, { t }] = await Promise.all([listRoutines(countryCode), getI18n()])
  const featured = routines.find((r) => r.sellable)
  const others = routines.filter((r) => r !== featured)
  if (!routines.length) {
    return (
      <div className="flex flex-col gap-y-2">
        <Heading level="h1">{t.meta.title}</Heading>
        <Text className="text-ui-fg-subtle">{t.home.noRoutine}</Text>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-12">
      {featured ? (
        <RoutineFinderSection routine={featured.handle} countryCode={countryCode} />
      ) : (
        <div className="flex flex-col gap-y-2" data-testid="no-routine-for-sale">
          <Heading level="h1">{t.meta.title}</Heading>
          <Text className="text-ui-fg-subtle">{t.home.noneForSale}</Text>
        </div>
      )}
      {others.length > 0 && (
        <nav aria-labelledby="more-routines" className="flex flex-col gap-y-2">
          <h2 id="more-routines" className="txt-compact-large-plus">
            {featured ? t.home.more : t.home.ours}
          </h2>
          <ul className="flex flex-col gap-y-2">
            {others.map((routine) => (
              <li key={routine.id} data-testid="routine-list-item" data-sellable={routine.sellable ? "yes" : "no"}>
                {routine.sellable ? (
                  <Link href={routinePath(countryCode, routine.handle)} className="underline-offset-2 hover:underline">
                    {routine.title}
                  </Link>
                ) : (
                  <>
                    <span className="text-ui-fg-subtle">{routine.title}</span>
                    <Text size="small" className="text-ui-fg-subtle">
                      {routine.unsellable_reason
                        ? unsellableMessage(routine.unsellable_reason, t.routines)
                        : t.routines.cannotBuy}
                    </Text>
                  </>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  )
}
