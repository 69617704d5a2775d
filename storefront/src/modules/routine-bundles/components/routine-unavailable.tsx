"use client"

import type { StoreRoutine } from "medusa-plugin-routine-bundles-client"
import { Heading, Text } from "./ui"
import Link from "next/link"
import { homePath } from "../lib/paths"
import { useMessages } from "../i18n"
import { unsellableMessage } from "../lib/unsellable"

/**
 * A routine the shopper cannot buy where they are (no price in their
 * currency, a step with nothing to sell): what it is, why not in their
 * words, and a way back. No finder, no button that cannot work.
 */
export const RoutineUnavailable = ({ routine, countryCode }: { routine: StoreRoutine; countryCode: string }) => {
  const t = useMessages().routines
  const reason = routine.unsellable_reason
  const elsewhere =
    reason?.code === "no_price_in_currency" ? (routine.discount_amounts ?? []).map((a) => a.currency_code) : []
  return (
    <section aria-labelledby="routine-title" data-testid="routine-unavailable" className="flex max-w-2xl flex-col gap-y-3">
      <Heading level="h1" id="routine-title" className="txt-xlarge-plus sm:text-3xl">
        {routine.title}
      </Heading>
      {routine.description && <Text size="large" className="text-ui-fg-subtle">{routine.description}</Text>}
      <div role="status" className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-1 rounded-lg p-4">
        <Text className="txt-compact-medium-plus" data-testid="routine-unavailable-reason">
          {reason ? unsellableMessage(reason, t) : t.cannotBuy}
        </Text>
        {elsewhere.length > 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            {t.canBeBoughtIn(elsewhere)}
          </Text>
        )}
      </div>
      <Link href={homePath(countryCode)} className="txt-compact-medium-plus text-ui-fg-base underline underline-offset-2">
        {t.findAnother}
      </Link>
    </section>
  )
}
