import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { FieldValues, UseFormReturn } from "react-hook-form"
import { Form } from "./form"
import { PermissionTooltip } from "./permission"
import { useFormShell } from "./use-form-shell"

type FormModalProps<T extends FieldValues> = {
  title: string
  description: string
  open: boolean
  onOpenChange: (open: boolean) => void
  form: UseFormReturn<T>
  onSubmit: (values: T) => void
  isPending: boolean
  children: ReactNode
  // Beside the fields on a wide screen (a preview of what is being made).
  aside?: ReactNode
  // Why the user may not create one (a missing permission): the trigger is disabled and says so.
  deniedReason?: string
}

// The dashboard's create form: a full-screen modal with Cancel and Save.
export const FormModal = <T extends FieldValues>({
  title,
  description,
  open,
  onOpenChange,
  form,
  onSubmit,
  isPending,
  children,
  aside,
  deniedReason,
}: FormModalProps<T>) => {
  const submit = form.handleSubmit(onSubmit)
  const shell = useFormShell({ form, onOpenChange, submit: () => void submit() })

  return (
    <FocusModal open={open} onOpenChange={shell.requestOpenChange}>
      <PermissionTooltip reason={deniedReason}>
        <FocusModal.Trigger asChild>
          <Button size="small" variant="secondary" disabled={!!deniedReason}>
            Create
          </Button>
        </FocusModal.Trigger>
      </PermissionTooltip>
      <FocusModal.Content onOpenAutoFocus={shell.onOpenAutoFocus}>
        <Form {...form}>
          <form
            onSubmit={submit}
            onKeyDown={shell.onKeyDown}
            onKeyDownCapture={shell.onKeyDownCapture}
            noValidate
            className="flex h-full flex-col overflow-hidden"
          >
            <FocusModal.Header>
              <FocusModal.Title asChild>
                <span className="sr-only">{title}</span>
              </FocusModal.Title>
            </FocusModal.Header>
            <FocusModal.Body className="flex flex-1 justify-center overflow-y-auto px-6 py-16">
              <div className="flex w-full max-w-[1080px] flex-col gap-8 lg:flex-row lg:items-start">
                <div ref={shell.bodyRef} className="flex w-full max-w-[720px] flex-col gap-y-8">
                  <div>
                    <Heading>{title}</Heading>
                    <FocusModal.Description asChild>
                      <Text size="small" className="text-ui-fg-subtle">
                        {description}
                      </Text>
                    </FocusModal.Description>
                  </div>
                  <Form.RootError />
                  {children}
                </div>
                {aside && <div className="w-full lg:sticky lg:top-0 lg:max-w-[320px]">{aside}</div>}
              </div>
            </FocusModal.Body>
            <FocusModal.Footer>
              <div className="flex items-center justify-end gap-x-2">
                <FocusModal.Close asChild>
                  <Button size="small" variant="secondary" type="button">
                    Cancel
                  </Button>
                </FocusModal.Close>
                <Button size="small" type="submit" isLoading={isPending} aria-keyshortcuts="Meta+Enter Control+Enter" title="Save (Cmd/Ctrl+Enter)">
                  Save
                </Button>
              </div>
            </FocusModal.Footer>
          </form>
        </Form>
      </FocusModal.Content>
    </FocusModal>
  )
}
