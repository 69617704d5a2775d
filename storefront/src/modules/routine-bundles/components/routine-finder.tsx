"use client"

import type {
  RoutineBundleChoice,
  RoutineQuote,
  StoreRoutine,
  StoreRoutineStep,
  StoreSymptom,
} from "medusa-plugin-routine-bundles-client"
import { Text } from "./ui"
import { useRouter } from "next/navigation"
import { useEffect, useRef, useState, type FormEvent } from "react"
import { useLanguage, useMessages, useMoney, type Messages } from "../i18n"
import { offerWords } from "../lib/offer"
import { cartPath } from "../lib/paths"
import { useHydrated } from "../lib/use-hydrated"
import { addRoutineToCart, requoteRoutine } from "../server/actions"
import { FinderStep } from "./finder-step"
import { QuoteSummary } from "./quote-summary"
import { SymptomPicker } from "./symptom-picker"

type Props = {
  routine: StoreRoutine
  symptoms: StoreSymptom[]
  /** The store's picks with no symptoms, priced on the server for the first paint. */
  initialQuote: RoutineQuote
  /** The shopper's country, from the route: it prices the routine and prefixes links. */
  countryCode: string
  /** The finder visit its quotes are counted in (server/finder-visit.ts). */
  visitId: string
}

type Choice = Required<RoutineBundleChoice>

const NO_CHOICE: Choice = { symptoms: [], selections: {}, skip_steps: [], quantity: 1, subscription_interval_weeks: null }

/**
 * A refused quote or add in the shopper's words: the server's message names
 * fields and step handles. Steps that cannot be filled are named by title.
 */
const inShopperWords = (result: { error: string; unavailable_steps?: { title: string }[] }, t: Messages["routines"]) => {
  const steps = result.unavailable_steps ?? []
  return steps.length ? t.stepsOutOfStock(steps.map((s) => s.title)) : t.notUpdated
}

const withoutStep = (selections: Choice["selections"], stepHandle: string) =>
  Object.fromEntries(Object.entries(selections).filter(([handle]) => handle !== stepHandle))

/**
 * The routine finder: the shopper ticks symptoms, swaps products, drops
 * optional steps and sets a quantity; every change is quoted again by the
 * server (a server action over the plugin's quote route), without reloading.
 */
export const RoutineFinder = ({ routine, symptoms, initialQuote, countryCode, visitId }: Props) => {
  const router = useRouter()
  const hydrated = useHydrated()
  const t = useMessages().routines
  const money = useMoney()
  const [choice, setChoice] = useState<Choice>(NO_CHOICE)
  const [quote, setQuote] = useState(initialQuote)
  const [quoting, setQuoting] = useState(false)
  const [adding, setAdding] = useState(false)
  const [error, setError] = useState<string>()
  // Answers can come back out of order: only the latest request's counts.
  const latest = useRef(0)
  const locked = adding || !hydrated

  const requote = async (next: Choice) => {
    setChoice(next)
    const ticket = ++latest.current
    setQuoting(true)
    const result = await requoteRoutine(countryCode, routine.id, visitId, next)
    if (ticket !== latest.current) return
    setQuoting(false)
    if (result.ok) {
      setQuote(result.data)
      setError(undefined)
    } else {
      setError(inShopperWords(result, t))
    }
  }

  // A switch of region (currency) or language in the header re-renders the
  // page with new prices or words: quote the shopper's choice again in them.
  const pricedIn = `${initialQuote.region_id}:${initialQuote.currency_code}:${useLanguage()}`
  const firstPricing = useRef(pricedIn)
  useEffect(() => {
    if (firstPricing.current === pricedIn) return
    firstPricing.current = pricedIn
    void requote(choice)
  }, [pricedIn]) // only when the pricing changes, with the choice of that moment

  const onAdd = async (event: FormEvent) => {
    event.preventDefault()
    setAdding(true)
    const result = await addRoutineToCart(countryCode, routine.id, visitId, choice)
    if (result.ok) {
      router.push(cartPath(countryCode))
    } else {
      setAdding(false)
      setError(inShopperWords(result, t))
    }
  }

  const select = (stepHandle: string, variantId: string | undefined) => {
    const selections = withoutStep(choice.selections, stepHandle)
    void requote({ ...choice, selections: variantId ? { ...selections, [stepHandle]: variantId } : selections })
  }
  // A step left out keeps no pick: the server refuses a selection for a skipped step.
  const skip = (stepHandle: string, skipped: boolean) =>
    void requote({
      ...choice,
      selections: skipped ? withoutStep(choice.selections, stepHandle) : choice.selections,
      skip_steps: skipped ? [...choice.skip_steps, stepHandle] : choice.skip_steps.filter((h) => h !== stepHandle),
    })

  // Which steps may be left out, and what it costs, come from the quote: the server's rule, not a copy of it.
  const leaveOutOf = (step: StoreRoutineStep) => {
    if (choice.skip_steps.includes(step.handle)) {
      return { allowed: true, note: t.addBack }
    }
    if (quote.leavable_steps.some((s) => s.id === step.id)) {
      const fewer = quote.one_step_fewer
      const offer = offerWords(fewer?.discount ?? null, t, (amount) => money(amount, quote.currency_code))
      return { allowed: true, note: t.without(offer) }
    }
    return quote.min_steps != null || step.optional
      ? { allowed: false, note: t.keepsAtLeast(quote.min_steps ?? 1) }
      : undefined
  }

  return (
    <form
      onSubmit={onAdd}
      aria-busy={!hydrated || quoting}
      aria-label={t.finderLabel(routine.title)}
      data-testid="routine-finder"
      className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]"
    >
      <div className="flex flex-col gap-y-8">
        <SymptomPicker
          symptoms={symptoms}
          value={choice.symptoms}
          onChange={(handles) => void requote({ ...choice, symptoms: handles })}
          disabled={locked}
        />

        <section aria-labelledby="finder-steps" className="flex flex-col gap-y-3">
          <h2 id="finder-steps" className="txt-compact-large-plus">
            {t.stepsHeading(routine.steps.length)}
          </h2>
          <ol className="flex flex-col gap-y-3">
            {routine.steps.map((step) => (
              <FinderStep
                key={step.id}
                step={step}
                item={quote.items.find((i) => i.step.id === step.id)}
                unavailable={quote.unavailable_steps.find((u) => u.id === step.id)}
                skipped={choice.skip_steps.includes(step.handle)}
                leaveOut={leaveOutOf(step)}
                selection={choice.selections[step.handle]}
                currencyCode={quote.currency_code}
                countryCode={countryCode}
                disabled={locked}
                onSelect={(variantId) => select(step.handle, variantId)}
                onSkip={(skipped) => skip(step.handle, skipped)}
              />
            ))}
          </ol>
        </section>

        {/* On a phone the summary comes after the steps: keep the price in sight while choosing. */}
        <a
          href="#routine-summary"
          className="bg-ui-bg-base shadow-elevation-flyout txt-compact-small sticky bottom-2 flex items-center justify-between gap-x-3 rounded-lg p-3 lg:hidden"
        >
          <span>
            {t.priceBar} <span className="txt-compact-medium-plus">{money(quote.total, quote.currency_code)}</span>
          </span>
          <span className="txt-compact-small-plus underline">{t.reviewAndAdd}</span>
        </a>
      </div>

      <div className="flex flex-col gap-y-2 lg:sticky lg:top-20 lg:self-start">
        {error && (
          <Text role="alert" className="bg-ui-bg-base text-ui-fg-error shadow-borders-base rounded-md p-3">
            {error}
          </Text>
        )}
        <QuoteSummary
          quote={quote}
          quantity={choice.quantity}
          onQuantity={(quantity) => void requote({ ...choice, quantity })}
          intervalWeeks={choice.subscription_interval_weeks}
          onSubscription={(weeks) => void requote({ ...choice, subscription_interval_weeks: weeks })}
          adding={adding}
          disabled={!hydrated}
        />
        <p role="status" className="sr-only">
          {quoting ? t.updating : t.status(quote.items.length, money(quote.total, quote.currency_code))}
        </p>
      </div>
    </form>
  )
}
