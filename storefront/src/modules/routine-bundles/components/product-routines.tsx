import { Heading, Text } from "@medusajs/ui"
import Link from "next/link"
import { routinePath } from "../lib/paths"
import { listProductRoutineSteps } from "../server/routines"

/** On a product page: the routines and steps the product belongs to, each linking to its step in the finder. */
export const ProductRoutines = async ({ productId }: { productId: string }) => {
  const steps = await listProductRoutineSteps(productId)
  if (!steps.length) return null
  return (
    <section aria-labelledby="product-routines" className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-3 rounded-lg p-4">
      <Heading level="h2" id="product-routines" className="txt-compact-large-plus">
        Part of a routine
      </Heading>
      <ul className="flex flex-col gap-y-2">
        {steps.map(({ routine, step, is_default }) => (
          <li key={`${routine.id}:${step.id}`} data-testid="product-routine-step">
            <Link href={routinePath(routine.handle, step.handle)} className="txt-compact-medium-plus underline-offset-2 hover:underline">
              {routine.title}
            </Link>
            <Text size="small" className="text-ui-fg-subtle">
              Step {step.position}: {step.title}
              {is_default ? " (our pick for this step)" : ""}
            </Text>
          </li>
        ))}
      </ul>
      <Text size="small" className="text-ui-fg-subtle">Bought as a routine, every product in it costs less.</Text>
    </section>
  )
}
