import type { ComponentPropsWithoutRef } from "react"
import { clx } from "@modules/routine-bundles/components/ui"

// The demo storefront uses the routine module's primitives (plain elements with
// @medusajs/ui-preset's classes, as dtc-starter has no @medusajs/ui) and adds
// the two its checkout needs.
export { Badge, Button, buttonClasses, Checkbox, clx, Heading, IconButton, Label, Text } from "@modules/routine-bundles/components/ui"

export const Input = ({ className, ...props }: ComponentPropsWithoutRef<"input">) => (
  <input
    className={clx(
      "bg-ui-bg-field shadow-borders-base hover:bg-ui-bg-field-hover txt-compact-small focus-visible:shadow-borders-interactive-with-active h-8 w-full rounded-md px-2 outline-none",
      className
    )}
    {...props}
  />
)

/** A compact select, as the header's switches use. */
export const Select = ({ className, ...props }: ComponentPropsWithoutRef<"select">) => (
  <select className={clx("bg-ui-bg-field shadow-borders-base hover:bg-ui-bg-field-hover txt-compact-small focus-visible:shadow-borders-interactive-with-active h-8 rounded-md px-2 outline-none", className)} {...props} />
)

type Choice = { value: string; label: string; description?: string }

/** Radio buttons as boxes, one per choice, in a labelled radiogroup. */
export const RadioChoices = ({
  name,
  labelledBy,
  choices,
  value,
  onChange,
  disabled,
}: {
  name: string
  labelledBy: string
  choices: Choice[]
  value: string | undefined
  onChange: (value: string) => void
  disabled?: boolean
}) => (
  <div role="radiogroup" aria-labelledby={labelledBy} className="grid gap-2 sm:grid-cols-2">
    {choices.map((choice) => (
      <label
        key={choice.value}
        className={clx(
          "bg-ui-bg-base shadow-borders-base flex cursor-pointer items-start gap-x-3 rounded-lg p-3",
          value === choice.value && "shadow-borders-interactive-with-active"
        )}
      >
        <input
          type="radio"
          name={name}
          value={choice.value}
          checked={value === choice.value}
          disabled={disabled}
          onChange={() => onChange(choice.value)}
          className="accent-ui-fg-interactive mt-0.5 size-4"
        />
        <span className="flex flex-col">
          <span className="txt-compact-small-plus">{choice.label}</span>
          {choice.description && <span className="txt-small text-ui-fg-subtle">{choice.description}</span>}
        </span>
      </label>
    ))}
  </div>
)
