import type { Metadata } from "next"
import { RoutineFinderSection } from "@/modules/routine-bundles/components/routine-finder-section"
import { getRoutine } from "@/modules/routine-bundles/server/routines"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const routine = await getRoutine((await params).handle)
  return { title: routine?.title ?? "Routine" }
}

export default async function RoutinePage({ params }: Props) {
  return <RoutineFinderSection routine={(await params).handle} />
}
