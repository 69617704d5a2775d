import { Heading, Text } from "@medusajs/ui"
import Link from "next/link"
import { RoutineFinderSection } from "@/modules/routine-bundles/components/routine-finder-section"
import { routinePath } from "@/modules/routine-bundles/lib/paths"
import { listRoutines } from "@/modules/routine-bundles/server/routines"

/** The home page is the finder of the store's first routine; any others are linked below it. */
export default async function Home() {
  const [featured, ...others] = await listRoutines()
  if (!featured) {
    return (
      <div className="flex flex-col gap-y-2">
        <Heading level="h1">Skin routines</Heading>
        <Text className="text-ui-fg-subtle">No routine is published yet.</Text>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-12">
      <RoutineFinderSection routine={featured.handle} />
      {others.length > 0 && (
        <nav aria-labelledby="more-routines" className="flex flex-col gap-y-2">
          <h2 id="more-routines" className="txt-compact-large-plus">
            More routines
          </h2>
          <ul className="flex flex-col gap-y-1">
            {others.map((routine) => (
              <li key={routine.id}>
                <Link href={routinePath(routine.handle)} className="underline-offset-2 hover:underline">
                  {routine.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  )
}
