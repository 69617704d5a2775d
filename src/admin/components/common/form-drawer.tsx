import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"

type FormDrawerProps = {
  title: string
  // Read by screen readers when the drawer opens.
  description: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onSubmit: () => void
  isPending: boolean
  children: ReactNode
}

// The dashboard's edit form: a side drawer with Cancel and Save.
export const FormDrawer = ({
  title,
  description,
  open,
  onOpenChange,
  onSubmit,
  isPending,
  children,
}: FormDrawerProps) => {
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description className="sr-only">{description}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
