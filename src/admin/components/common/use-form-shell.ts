import { usePrompt } from "@medusajs/ui"
import { useRef, type KeyboardEvent } from "react"
import type { FieldValues, UseFormReturn } from "react-hook-form"

// What can take the first focus: a field, not the close button.
const FIELD = [
  "input:not([disabled]):not([type=hidden])",
  "textarea:not([disabled])",
  "select:not([disabled]):not([aria-hidden=true])",
  "button[role=combobox]:not([disabled])",
  "button[role=switch]:not([disabled])",
  "button[role=checkbox]:not([disabled])",
].join(", ")

/**
 * What the plugin's modals and drawers do around a react-hook-form form,
 * as the dashboard's route modals do: focus opens in the first field;
 * Cmd/Ctrl+Enter submits from anywhere in it and a plain Enter in a field
 * does not (the dashboard's KeyboundForm); closing it (Esc, the close
 * button, Cancel, a click outside) with unsaved changes asks first.
 */
export const useFormShell = <T extends FieldValues>({
  form,
  onOpenChange,
  submit,
}: {
  form: UseFormReturn<T>
  onOpenChange: (open: boolean) => void
  submit: () => void
}) => {
  const bodyRef = useRef<HTMLDivElement>(null)
  const prompt = usePrompt()
  // Read while rendering, so react-hook-form keeps it up to date.
  const { isDirty } = form.formState
  const asking = useRef(false)

  const requestOpenChange = async (open: boolean) => {
    if (open || !isDirty) {
      onOpenChange(open)
      return
    }
    if (asking.current) return
    asking.current = true
    // After the Esc that asked has finished: the prompt closes on an Esc
    // reaching the document, and would take this one as its answer.
    await new Promise((resolve) => setTimeout(resolve, 0))
    const discard = await prompt({
      title: "Discard your changes?",
      description: "You have changes that are not saved. Closing now loses them.",
      confirmText: "Discard changes",
      cancelText: "Keep editing",
      variant: "confirmation",
    })
    asking.current = false
    if (discard) {
      onOpenChange(false)
    }
  }

  const onOpenAutoFocus = (event: Event) => {
    event.preventDefault()
    bodyRef.current?.querySelector<HTMLElement>(FIELD)?.focus()
  }

  // Taken before the focused control sees it: Cmd/Ctrl+Enter on a select's
  // trigger would open the select as well.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault()
      event.stopPropagation()
      submit()
    }
  }

  // A plain Enter in a one-line field does not submit half a form.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
      event.preventDefault()
    }
  }

  return { bodyRef, requestOpenChange, onOpenAutoFocus, onKeyDown, onKeyDownCapture }
}
