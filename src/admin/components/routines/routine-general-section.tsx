import { ArrowUpRightOnBox, SquareTwoStack, PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { usePermissions } from "../../hooks/permissions"
import { useRoutineReadiness } from "../../hooks/readiness"
import { useDeleteRoutine, useDuplicateRoutine, useUpdateRoutine } from "../../hooks/routines"
import { describeDiscount, POLICY_LABELS } from "../../lib/describe-discount"
import type { AdminRoutine as Routine } from "../../../types"
import { ActionMenu } from "../common/action-menu"
import { useTranslationsActions } from "../common/translations-action"
import { PermissionTooltip } from "../common/permission"
import { EditRoutineDrawer } from "./edit-routine-drawer"
import { describeSchedule, routineScheduleState, RoutineScheduleBadge, RoutineStatusBadge } from "./routine-status-badge"
import { formatInstant } from "../../lib/format"

const Row = ({ label, value }: { label: string; value: string }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="whitespace-pre-line">
      {value}
    </Text>
  </div>
)

/** Why the routine's storefront page shows nothing now; undefined when it is live. */
const notLiveReason = (routine: Routine): string | undefined => {
  if (routine.status === "draft") return "Not live yet: shoppers see this page once the routine is published."
  switch (routineScheduleState(routine)) {
    case "scheduled":
      return `Not live yet: on sale from ${formatInstant(routine.starts_at!)}.`
    case "ended":
      return `No longer live: the sale ended ${formatInstant(routine.ends_at!)}.`
    default:
      return undefined
  }
}

/** "View in store", when the plugin knows the storefront's address (`storefront_routine_url`). */
const ViewInStore = ({ routine }: { routine: Routine }) => {
  if (!routine.storefront_url) return null
  const reason = notLiveReason(routine)
  return (
    <PermissionTooltip reason={reason}>
      {reason ? (
        <Button size="small" variant="secondary" disabled>
          View in store
          <ArrowUpRightOnBox />
        </Button>
      ) : (
        <Button size="small" variant="secondary" asChild>
          <a href={routine.storefront_url} target="_blank" rel="noopener noreferrer">
            View in store
            <ArrowUpRightOnBox />
          </a>
        </Button>
      )}
    </PermissionTooltip>
  )
}

export const RoutineGeneralSection = ({ routine }: { routine: Routine }) => {
  const [editing, setEditing] = useState(false)
  const prompt = usePrompt()
  const navigate = useNavigate()
  const updateRoutine = useUpdateRoutine(routine.id)
  const deleteRoutine = useDeleteRoutine(routine.id)
  const duplicateRoutine = useDuplicateRoutine(routine.id)
  const publishing = routine.status === "draft"
  const { denied } = usePermissions()
  const translationsActions = useTranslationsActions("routine", routine.id)
  const updateDenied = denied("routine:update")
  const readiness = useRoutineReadiness(routine.id)
  const [checking, setChecking] = useState(false)

  const toggleStatus = async () => {
    // The checklist as it is now (products, prices and stock change elsewhere):
    // a blocker is said instead of asking, its warnings before confirming.
    setChecking(publishing)
    const checks = publishing ? ((await readiness.refetch()).data?.readiness.checks ?? []) : []
    setChecking(false)
    const blocker = checks.find((c) => c.status === "blocker")
    if (blocker) {
      toast.error(blocker.detail ?? blocker.label)
      return
    }
    const warnings = checks.filter((c) => c.status === "warning")
    const confirmed = await prompt({
      title: publishing ? "Publish routine?" : "Unpublish routine?",
      description: publishing
        ? `Shoppers will see "${routine.title}" in the store and can buy it as a bundle.` +
          (warnings.length
            ? ` The checklist has ${warnings.length === 1 ? "a warning" : `${warnings.length} warnings`}: ${warnings[0].detail ?? warnings[0].label}`
            : "")
        : `"${routine.title}" will disappear from the store. Bundles already in carts are kept.`,
      confirmText: publishing ? "Publish" : "Unpublish",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) {
      return
    }
    updateRoutine.mutate(
      { status: publishing ? "published" : "draft" },
      {
        onSuccess: () => toast.success(publishing ? "Routine published" : "Routine unpublished"),
        onError: (error) => toast.error(error.message),
      }
    )
  }

  const handleDuplicate = () =>
    duplicateRoutine.mutate(undefined, {
      onSuccess: ({ routine: copy }) => {
        toast.success(`"${copy.title}" created as a draft`)
        navigate(`/routines/${copy.id}`)
      },
      onError: (error) => toast.error(error.message),
    })

  const handleDelete = async () => {
    const confirmed = await prompt({
      title: "Delete routine?",
      description: `"${routine.title}" and its steps will be deleted. This cannot be undone.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    deleteRoutine.mutate(undefined, {
      onSuccess: () => {
        toast.success("Routine deleted")
        navigate("/routines", { replace: true })
      },
      onError: (error) => toast.error(error.message),
    })
  }

  return (
    <Container className="divide-y p-0" data-testid="routine-general">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex items-center gap-x-3">
          <Heading>{routine.title}</Heading>
          <RoutineStatusBadge status={routine.status} />
          <RoutineScheduleBadge routine={routine} />
        </div>
        <div className="flex items-center gap-x-2">
          <ViewInStore routine={routine} />
          <PermissionTooltip reason={updateDenied}>
            <Button
              size="small"
              variant={publishing ? "primary" : "secondary"}
              isLoading={updateRoutine.isPending || checking}
              disabled={!!updateDenied}
              onClick={toggleStatus}
            >
              {publishing ? "Publish" : "Unpublish"}
            </Button>
          </PermissionTooltip>
          <ActionMenu
            label="Routine actions"
            groups={[
              [
                { label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(true), deniedReason: updateDenied },
                {
                  label: "Duplicate",
                  icon: <SquareTwoStack />,
                  onClick: handleDuplicate,
                  disabled: duplicateRoutine.isPending,
                  // A copy takes the offer: the route needs both rights.
                  deniedReason: denied("routine:create") ?? denied("routine_offer:update"),
                },
              ],
              ...translationsActions,
              [{ label: "Delete", icon: <Trash />, onClick: handleDelete, deniedReason: denied("routine:delete") }],
            ]}
          />
        </div>
      </div>
      <Row label="Handle" value={`/${routine.handle}`} />
      <Row label="Description" value={routine.description || "-"} />
      <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
        <Text size="small" weight="plus" leading="compact">
          Image
        </Text>
        {routine.thumbnail ? (
          <img src={routine.thumbnail} alt="" className="size-16 rounded-lg border object-cover" data-testid="routine-image" />
        ) : (
          <Text size="small" leading="compact">
            -
          </Text>
        )}
      </div>
      <Row label="Schedule" value={describeSchedule(routine)} />
      <Row label="Search headline" value={routine.seo_title || `${routine.title} (the title)`} />
      <Row
        label="Search snippet"
        value={routine.seo_description || (routine.description ? `${routine.description} (the description)` : "-")}
      />
      <Row label="Discount" value={describeDiscount(routine)} />
      <Row
        label="Fewest steps in a bundle"
        value={routine.min_steps == null ? "All but the optional ones" : `${routine.min_steps}`}
      />
      <Row
        label="Promotion codes"
        value={routine.promotion_policy ? POLICY_LABELS[routine.promotion_policy] : "As the plugin is configured"}
      />
      <EditRoutineDrawer routine={routine} open={editing} onOpenChange={setEditing} />
    </Container>
  )
}
