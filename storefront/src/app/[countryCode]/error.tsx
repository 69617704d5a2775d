"use client"

import { useMessages } from "@lib/i18n/provider"
import { Button, Heading, Text } from "@modules/common/components/ui"

// A page whose data could not be read (the store's server unreachable, say):
// say so and offer to try again, instead of Next.js's blank error screen.
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  const t = useMessages().errors
  return (
    <div role="alert" className="flex flex-col items-start gap-y-3">
      <Heading level="h1">{t.title}</Heading>
      <Text className="text-ui-fg-subtle">{t.noAnswer}</Text>
      <Button variant="secondary" onClick={reset}>
        {t.retry}
      </Button>
    </div>
  )
}
