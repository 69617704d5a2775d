import { LockClosedSolid } from "@medusajs/icons"
import { Container, Heading, Text, Tooltip } from "@medusajs/ui"
import type { ReactElement, ReactNode } from "react"
import { usePermissions, type Permission } from "../../hooks/permissions"
import { LoadingState } from "./query-states"

/**
 * A control the user may not use, with the reason on hover and focus: a
 * disabled button takes no pointer events, so the tooltip sits on a
 * focusable wrapper. Without a reason the control is rendered as it is.
 */
export const PermissionTooltip = ({ reason, children }: { reason?: string; children: ReactElement }) =>
  reason ? (
    <Tooltip content={reason} maxWidth={280}>
      <span tabIndex={0} className="inline-flex" aria-label={reason}>
        {children}
      </span>
    </Tooltip>
  ) : (
    children
  )

/** A section or page the user may not see, saying which permission it needs. */
export const NoPermissionState = ({ permission, title }: { permission: Permission; title?: string }) => {
  const { reason } = usePermissions()
  return (
    <div className="flex flex-col items-center gap-y-2 px-6 py-8 text-center" role="status" data-testid="no-permission">
      <LockClosedSolid className="text-ui-fg-muted" />
      {title && (
        <Text size="small" weight="plus">
          {title}
        </Text>
      )}
      <Text size="small" className="text-ui-fg-subtle">
        {reason(permission)}
      </Text>
    </div>
  )
}

type RequirePermissionProps = {
  permission: Permission
  // What the page is, above the reason ("Routines").
  title: string
  children: ReactNode
}

/**
 * A page's guard: its content mounts (and reads) only for a user holding
 * the permission; others get the reason instead of a failed request.
 */
export const RequirePermission = ({ permission, title, children }: RequirePermissionProps) => {
  const { can, isLoading } = usePermissions()
  if (can(permission)) {
    return <>{children}</>
  }
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{title}</Heading>
      </div>
      {isLoading ? <LoadingState rows={4} /> : <NoPermissionState permission={permission} title="No access" />}
    </Container>
  )
}
