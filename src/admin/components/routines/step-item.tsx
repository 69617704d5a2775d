import { useSortable } from "@dnd-kit/sortable"
import { CSS } from "@dnd-kit/utilities"
import { ArrowDownMini, ArrowUpMini, DotsSix, PencilSquare, Trash } from "@medusajs/icons"
import { Badge, clx, IconButton, Text } from "@medusajs/ui"
import type { AdminCareStep as CareStep } from "../../../types"
import { ActionMenu } from "../common/action-menu"
import { useTranslationsActions } from "../common/translations-action"
import { StepProductsTable } from "./step-products-table"

type StepItemProps = {
  routineId: string
  step: CareStep
  index: number
  count: number
  stock: Record<string, number | null> | undefined
  reordering: boolean
  onMove: (from: number, to: number) => void
  onEdit: () => void
  onDelete: () => void
  // Why the user may not change steps (routine:update): moving, editing and deleting are disabled.
  deniedReason?: string
}

export const StepItem = ({
  routineId,
  step,
  index,
  count,
  stock,
  reordering,
  onMove,
  onEdit,
  onDelete,
  deniedReason,
}: StepItemProps) => {
  const locked = reordering || !!deniedReason
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: step.id, disabled: locked })
  const translationsActions = useTranslationsActions("care_step", step.id)

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={clx("bg-ui-bg-base flex flex-col gap-y-3 px-6 py-4", {
        "shadow-elevation-card-hover relative z-10 rounded-md": isDragging,
      })}
      data-testid="routine-step"
      data-step-handle={step.handle}
    >
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex items-start gap-x-3">
          <IconButton
            ref={setActivatorNodeRef}
            size="small"
            variant="transparent"
            className={clx(!deniedReason && "cursor-grab")}
            aria-label={`Drag ${step.title}`}
            disabled={!!deniedReason}
            {...attributes}
            {...listeners}
          >
            <DotsSix />
          </IconButton>
          <div className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Badge size="2xsmall">{index + 1}</Badge>
              <Text size="small" weight="plus" data-testid="routine-step-title">
                {step.title}
              </Text>
              {step.optional && <Badge size="2xsmall" color="blue">Optional</Badge>}
            </div>
            <Text size="xsmall" className="text-ui-fg-muted">
              /{step.handle}
            </Text>
            {step.guidance && (
              <Text size="small" className="text-ui-fg-subtle max-w-prose">
                {step.guidance}
              </Text>
            )}
          </div>
        </div>
        <div className="flex items-center gap-x-1">
          <IconButton
            size="small"
            variant="transparent"
            aria-label={`Move ${step.title} up`}
            disabled={locked || index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            <ArrowUpMini />
          </IconButton>
          <IconButton
            size="small"
            variant="transparent"
            aria-label={`Move ${step.title} down`}
            disabled={locked || index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            <ArrowDownMini />
          </IconButton>
          <ActionMenu
            label={`Actions for step ${step.title}`}
            groups={[
              [{ label: "Edit", icon: <PencilSquare />, onClick: onEdit, deniedReason }],
              ...translationsActions,
              [{ label: "Delete", icon: <Trash />, onClick: onDelete, deniedReason }],
            ]}
          />
        </div>
      </div>
      <StepProductsTable routineId={routineId} step={step} stock={stock} deniedReason={deniedReason} />
    </li>
  )
}
