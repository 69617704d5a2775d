import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type Action = {
  label: string
  icon: ReactNode
  onClick: () => void
  disabled?: boolean
  // Why the user may not use it (a missing permission): the item is
  // disabled and says so under its label.
  deniedReason?: string
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
              disabled={action.disabled || !!action.deniedReason}
              onClick={action.onClick}
              className="[&_svg]:text-ui-fg-subtle flex items-center gap-x-2"
            >
              {action.icon}
              {action.deniedReason ? (
                <span className="flex max-w-[240px] flex-col">
                  <span>{action.label}</span>
                  <Text size="xsmall" className="text-ui-fg-muted whitespace-normal">
                    {action.deniedReason}
                  </Text>
                </span>
              ) : (
                <span>{action.label}</span>
              )}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Group>
      ))}
    </DropdownMenu.Content>
  </DropdownMenu>
)
