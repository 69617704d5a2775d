import type { ComponentPropsWithoutRef } from "react"

/*
 * The few UI primitives the routine pieces use, as plain elements styled with
 * @medusajs/ui-preset's Tailwind classes (which dtc-starter has) rather than
 * @medusajs/ui (which it has not, and which asks for React 18): the pieces
 * look like Medusa's UI and lift into a React 19 storefront with nothing to
 * install.
 */

/** Joins class names, skipping the falsy ones. */
export const clx = (...classes: (string | false | null | undefined)[]) => classes.filter(Boolean).join(" ")

type ButtonLook = { variant?: "primary" | "secondary" | "transparent" | "danger"; size?: "small" | "base" | "large" }

const VARIANTS = {
  primary: "shadow-buttons-inverted text-ui-contrast-fg-primary bg-ui-button-inverted hover:bg-ui-button-inverted-hover active:bg-ui-button-inverted-pressed focus-visible:shadow-buttons-inverted-focus",
  secondary: "shadow-buttons-neutral text-ui-fg-base bg-ui-button-neutral hover:bg-ui-button-neutral-hover active:bg-ui-button-neutral-pressed focus-visible:shadow-buttons-neutral-focus",
  transparent: "text-ui-fg-base bg-ui-button-transparent hover:bg-ui-button-transparent-hover active:bg-ui-button-transparent-pressed focus-visible:shadow-buttons-neutral-focus",
  danger: "shadow-buttons-danger text-ui-fg-on-color bg-ui-button-danger hover:bg-ui-button-danger-hover active:bg-ui-button-danger-pressed focus-visible:shadow-buttons-danger-focus",
}
const SIZES = {
  small: "txt-compact-small-plus gap-x-1.5 px-2 py-1",
  base: "txt-compact-small-plus gap-x-1.5 px-3 py-1.5",
  large: "txt-compact-medium-plus gap-x-1.5 px-4 py-2.5",
}

/** A button's classes, for a link that looks like one. */
export const buttonClasses = ({ variant = "primary", size = "base" }: ButtonLook = {}, className?: string) =>
  clx(
    "transition-fg inline-flex w-fit items-center justify-center rounded-md outline-none",
    "disabled:bg-ui-bg-disabled disabled:text-ui-fg-disabled disabled:shadow-buttons-neutral disabled:cursor-not-allowed",
    VARIANTS[variant],
    SIZES[size],
    className
  )

export const Button = ({ variant, size, className, type = "button", ...props }: ComponentPropsWithoutRef<"button"> & ButtonLook) => (
  <button type={type} className={buttonClasses({ variant, size }, className)} {...props} />
)

export const IconButton = ({ className, type = "button", ...props }: ComponentPropsWithoutRef<"button">) => (
  <button
    type={type}
    className={clx(
      "transition-fg shadow-buttons-neutral bg-ui-button-neutral hover:bg-ui-button-neutral-hover text-ui-fg-subtle inline-flex size-7 items-center justify-center rounded-md outline-none",
      "focus-visible:shadow-buttons-neutral-focus disabled:bg-ui-bg-disabled disabled:text-ui-fg-disabled disabled:cursor-not-allowed",
      className
    )}
    {...props}
  />
)

const TEXT_SIZES = { xsmall: "txt-xsmall", small: "txt-small", base: "txt-medium", large: "txt-large", xlarge: "txt-xlarge" }

export const Text = ({ size = "base", weight = "regular", className, ...props }: ComponentPropsWithoutRef<"p"> & { size?: keyof typeof TEXT_SIZES; weight?: "regular" | "plus" }) => (
  <p className={clx(TEXT_SIZES[size], weight === "plus" && "font-medium", className)} {...props} />
)

const HEADINGS = { h1: "h1-core", h2: "h2-core", h3: "h3-core" }

export const Heading = ({ level = "h1", className, ...props }: ComponentPropsWithoutRef<"h1"> & { level?: keyof typeof HEADINGS }) => {
  const Tag = level
  return <Tag className={clx("font-sans font-medium", HEADINGS[level], className)} {...props} />
}

export const Label = ({ size = "base", weight = "regular", className, ...props }: ComponentPropsWithoutRef<"label"> & { size?: "small" | "base"; weight?: "regular" | "plus" }) => (
  <label
    className={clx(size === "small" ? "txt-compact-small" : "txt-compact-medium", weight === "plus" && "font-medium", "font-sans", className)}
    {...props}
  />
)

export const Badge = ({ className, ...props }: ComponentPropsWithoutRef<"span">) => (
  <span
    className={clx(
      "bg-ui-tag-neutral-bg text-ui-tag-neutral-text border-ui-tag-neutral-border txt-compact-xsmall-plus inline-flex h-5 items-center rounded-md border px-1",
      className
    )}
    {...props}
  />
)

/** A native checkbox: labelled by a <Label htmlFor>, checked by `checked`. */
export const Checkbox = ({ className, onCheckedChange, ...props }: Omit<ComponentPropsWithoutRef<"input">, "type"> & { onCheckedChange?: (checked: boolean) => void }) => (
  <input
    type="checkbox"
    className={clx("accent-ui-fg-interactive size-4 shrink-0 cursor-pointer disabled:cursor-not-allowed", className)}
    onChange={(event) => onCheckedChange?.(event.target.checked)}
    {...props}
  />
)
