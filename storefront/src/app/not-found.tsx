import { getI18n } from "@lib/i18n/server"
import { Heading, Text } from "@modules/common/components/ui"
import Link from "next/link"

export default async function NotFound() {
  const { t } = await getI18n()
  return (
    <main id="main" className="mx-auto flex w-full max-w-6xl flex-col gap-y-2 px-4 py-8 sm:px-6">
      <Heading level="h1">{t.errors.notFound}</Heading>
      <Text className="text-ui-fg-subtle">
        {t.errors.notFoundWhy}{" "}
        <Link href="/" className="text-ui-fg-base underline">
          {t.errors.findRoutine}
        </Link>
      </Text>
    </main>
  )
}
