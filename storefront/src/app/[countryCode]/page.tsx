import { Heading, Text } from "@modules/common/components/ui"
import Link from "next/link"
import { RoutineFinderSection } from "@modules/routine-bundles/components/routine-finder-section"
import { routinePath } from "@modules/routine-bundles/lib/paths"
import { unsellableMessage } from "@modules/routine-bundles/lib/unsellable"
import { listRoutines } from "@modules/routine-bundles/server/routines"

/**
 * The home page is the finder of the store's first routine the shopper can
 * buy where they are; the others are linked below it, and those that cannot
 * be bought here are named with the reason, not linked.
 */
type Props = { params: Promise<{ countryCode: string }> }

export default async function Home({ params }: Props) {
  const { countryCode } = await params
  const routines = await listRoutines(countryCode)
  const featured = routines.find((r) => r.sellable)
  const others = routines.filter((r) => r !== featured)
  if (!routines.length) {
    return (
      <div className="flex flex-col gap-y-2">
        <Heading level="h1">Skin routines</Heading>
        <Text className="text-ui-fg-subtle">No routine is published yet.</Text>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-12">
      {featured ? (
        <RoutineFinderSection routine={featured.handle} countryCode={countryCode} />
      ) : (
        <div className="flex flex-col gap-y-2" data-testid="no-routine-for-sale">
          <Heading level="h1">Skin routines</Heading>
          <Text className="text-ui-fg-subtle">
            None of our routines can be bought here right now. Choose another region at the top of the page, or come
            back soon.
          </Text>
        </div>
      )}
      {others.length > 0 && (
        <nav aria-labelledby="more-routines" className="flex flex-col gap-y-2">
          <h2 id="more-routines" className="txt-compact-large-plus">
            {featured ? "More routines" : "Our routines"}
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
                        ? unsellableMessage(routine.unsellable_reason)
                        : "This routine can't be bought right now."}
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
