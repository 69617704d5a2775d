import { Heading, Text } from "@medusajs/ui"
import Link from "next/link"

export default function NotFound() {
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h1">Not found</Heading>
      <Text className="text-ui-fg-subtle">
        This page does not exist, or the product or routine is no longer sold.{" "}
        <Link href="/" className="text-ui-fg-base underline">
          Find your routine
        </Link>
      </Text>
    </div>
  )
}
