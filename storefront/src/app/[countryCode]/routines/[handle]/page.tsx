import type { Metadata } from "next"
import { RoutineFinderSection } from "@modules/routine-bundles/components/routine-finder-section"
import { getRoutine } from "@modules/routine-bundles/server/routines"

type Props = { params: Promise<{ countryCode: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, handle } = await params
  const routine = await getRoutine(countryCode, handle)
  return { title: routine?.title ?? "Routine" }
}

export default async function RoutinePage({ params }: Props) {
  const { countryCode, handle } = await params
  return <RoutineFinderSection routine={handle} countryCode={countryCode} />
}
