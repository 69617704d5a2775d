import { Button, Drawer } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { FieldValues, UseFormReturn } from "react-hook-form"
import { Form } from "./form"
import { useFormShell } from "./use-form-shell"

type FormDrawerProps<T extends FieldValues> = {
  title: string
  // Read by screen readers when the drawer opens.
  description: string
  open: boolean
  onOpenChange: (open: boolean) => void
  form: UseFormReturn<T>
  onSubmit: (values: T) => void
  isPending: boolean
  children: ReactNode
  submitLabel?: string
}

// The dashboard's edit form: a side drawer with Cancel and Save.
export const FormDrawer = <T extends FieldValues>({
  title,
  description,
  open,
  onOpenChange,
  form,
  onSubmit,
  isPending,
  children,
  submitLabel = "Save",
}: FormDrawerProps<T>) => {
  const submit = form.handleSubmit(onSubmit)
  const shell = useFormShell({ form, onOpenChange, submit: () => void submit() })

  return (
    <Drawer open={open} onOpenChange={shell.requestOpenChange}>
      <Drawer.Content onOpenAutoFocus={shell.onOpenAutoFocus}>
        <Form {...form}>
          <form
            onSubmit={submit}
            onKeyDown={shell.onKeyDown}
            onKeyDownCapture={shell.onKeyDownCapture}
            noValidate
            className="flex flex-1 flex-col overflow-hidden"
          >
            <Drawer.Header>
              <Drawer.Title>{title}</Drawer.Title>
              <Drawer.Description className="sr-only">{description}</Drawer.Description>
            </Drawer.Header>
            <Drawer.Body ref={shell.bodyRef} className="flex flex-col gap-y-4 overflow-y-auto">
              <Form.RootError />
              {children}
            </Drawer.Body>
            <Drawer.Footer>
              <Drawer.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  Cancel
                </Button>
              </Drawer.Close>
              <Button size="small" type="submit" isLoading={isPending} aria-keyshortcuts="Meta+Enter Control+Enter" title="Save (Cmd/Ctrl+Enter)">
                {submitLabel}
              </Button>
            </Drawer.Footer>
          </form>
        </Form>
      </Drawer.Content>
    </Drawer>
  )
}
