import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"

export type Action = {
  label: string
  icon: ReactNode
  onClick: () => void
  disabled?: boolean
}

type ActionMenuProps = {
  label: string
  groups: Action[][]
}

// The dashboard's "…" menu: groups of actions separated by dividers.
export const ActionMenu = ({ label, groups }: ActionMenuProps) => (
  <DropdownMenu>
    <DropdownMenu.Trigger asChild>
      <IconButton size="small" variant="transparent" aria-label={label}>
        <EllipsisHorizontal />
      </IconButton>
    </DropdownMenu.Trigger>
    <DropdownMenu.Content>
      {groups.map((actions, index) => (
        <DropdownMenu.Group key={index}>
          {index > 0 && <DropdownMenu.Separator />}
          {actions.map((action) => (
            <DropdownMenu.Item
              key={action.label}
              disabled={action.disabled}
              onClick={action.onClick}
              className="[&_svg]:text-ui-fg-subtle flex items-center gap-x-2"
            >
              {action.icon}
              <span>{action.label}</span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Group>
      ))}
    </DropdownMenu.Content>
  </DropdownMenu>
)
