import type { Metadata } from "next"
import { RoutineFinderSection } from "@modules/routine-bundles/components/routine-finder-section"
import { getRoutine } from "@modules/routine-bundles/server/routines"

type Props = { params: Promise<{ countryCode: string; handle: string }> }

/**
 * The merchandiser's SEO texts (seo_title as written, without the store's
 * suffix), else the routine's title and description; the image is what a
 * shared link shows.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, handle } = await params
  const routine = await getRoutine(countryCode, handle)
  if (!routine) return { title: "Routine" }
  const title = routine.seo_title || routine.title
  const description = routine.seo_description || routine.description || undefined
  return {
    title: routine.seo_title ? { absolute: routine.seo_title } : routine.title,
    description,
    openGraph: {
      type: "website",
      title,
      description,
      ...(routine.thumbnail && { images: [{ url: routine.thumbnail, alt: routine.title }] }),
    },
  }
}

export default async function RoutinePage({ params }: Props) {
  const { countryCode, handle } = await params
  return <RoutineFinderSection routine={handle} countryCode={countryCode} />
}
