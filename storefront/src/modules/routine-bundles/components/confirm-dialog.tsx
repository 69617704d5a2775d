"use client"

import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react"
import { Button } from "./ui"

type ConfirmOptions = { title: string; description: string; confirmText: string; cancelText: string }

/**
 * Asks the shopper before an action that cannot be undone, in a modal
 * alert dialog (the browser's own <dialog>: focus kept inside, Escape
 * cancels). Render `dialog` once; `confirm(...)` answers true or false.
 */
export const useConfirm = () => {
  const ref = useRef<HTMLDialogElement>(null)
  const [asked, setAsked] = useState<ConfirmOptions & { answer: (yes: boolean) => void }>()
  const titleId = useId()
  const descriptionId = useId()

  const confirm = useCallback(
    (options: ConfirmOptions) => new Promise<boolean>((resolve) => setAsked({ ...options, answer: resolve })),
    []
  )
  useEffect(() => {
    if (asked && !ref.current?.open) ref.current?.showModal()
  }, [asked])

  const answer = (yes: boolean) => {
    asked?.answer(yes)
    setAsked(undefined)
    ref.current?.close()
  }

  const dialog: ReactNode = asked ? (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      // Escape: the browser cancels the dialog; that is a "no".
      onCancel={(event) => {
        event.preventDefault()
        answer(false)
      }}
      className="bg-ui-bg-base shadow-elevation-modal text-ui-fg-base w-[min(28rem,calc(100vw-2rem))] rounded-lg p-0 backdrop:bg-black/40"
    >
      <div className="flex flex-col gap-y-2 p-6">
        <h2 id={titleId} className="txt-compact-large-plus">
          {asked.title}
        </h2>
        <p id={descriptionId} className="txt-small text-ui-fg-subtle">
          {asked.description}
        </p>
      </div>
      <div className="border-ui-border-base flex flex-wrap justify-end gap-2 border-t px-6 py-4">
        <Button variant="secondary" onClick={() => answer(false)} autoFocus>
          {asked.cancelText}
        </Button>
        <Button variant="danger" onClick={() => answer(true)}>
          {asked.confirmText}
        </Button>
      </div>
    </dialog>
  ) : null

  return { confirm, dialog }
}
