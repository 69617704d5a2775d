import { Heading, Text } from "@modules/common/components/ui"
import Link from "next/link"

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex w-full max-w-6xl flex-col gap-y-2 px-4 py-8 sm:px-6">
      <Heading level="h1">Not found</Heading>
      <Text className="text-ui-fg-subtle">
        This page does not exist, or the product or routine is no longer sold.{" "}
        <Link href="/" className="text-ui-fg-base underline">
          Find your routine
        </Link>
      </Text>
    </main>
  )
}
