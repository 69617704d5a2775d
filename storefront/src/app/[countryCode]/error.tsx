"use client"

import { Button, Heading, Text } from "@modules/common/components/ui"

// A page whose data could not be read (the store's server unreachable, say):
// say so and offer to try again, instead of Next.js's blank error screen.
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-y-3">
      <Heading level="h1">This page could not be shown</Heading>
      <Text className="text-ui-fg-subtle">The store did not answer. Please try again in a moment.</Text>
      <Button variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  )
}
