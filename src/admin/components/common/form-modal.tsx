import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { PermissionTooltip } from "./permission"

type FormModalProps = {
  title: string
  description: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onSubmit: () => void
  isPending: boolean
  children: ReactNode
  // Why the user may not create one (a missing permission): the trigger is disabled and says so.
  deniedReason?: string
}

// The dashboard's create form: a full-screen modal with Cancel and Save.
export const FormModal = ({
  title,
  description,
  open,
  onOpenChange,
  onSubmit,
  isPending,
  children,
  deniedReason,
}: FormModalProps) => {
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <PermissionTooltip reason={deniedReason}>
        <FocusModal.Trigger asChild>
          <Button size="small" variant="secondary" disabled={!!deniedReason}>
            Create
          </Button>
        </FocusModal.Trigger>
      </PermissionTooltip>
      <FocusModal.Content>
        <form onSubmit={handleSubmit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <FocusModal.Title asChild>
              <span className="sr-only">{title}</span>
            </FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 justify-center overflow-y-auto px-6 py-16">
            <div className="flex w-full max-w-[720px] flex-col gap-y-8">
              <div>
                <Heading>{title}</Heading>
                <FocusModal.Description asChild>
                  <Text size="small" className="text-ui-fg-subtle">
                    {description}
                  </Text>
                </FocusModal.Description>
              </div>
              {children}
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button size="small" variant="secondary">
                  Cancel
                </Button>
              </FocusModal.Close>
              <Button size="small" type="submit" isLoading={isPending}>
                Save
              </Button>
            </div>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
