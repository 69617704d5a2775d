import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core"
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable"
import { Plus } from "@medusajs/icons"
import { Button, Container, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { usePermissions } from "../../hooks/permissions"
import { useProductStock } from "../../hooks/products"
import { useDeleteStep, useReorderSteps } from "../../hooks/steps"
import type { AdminCareStep as CareStep, AdminRoutine as Routine } from "../../../types"
import { PermissionTooltip } from "../common/permission"
import { EmptyState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"
import { StepFormDrawer } from "./step-form-drawer"
import { StepItem } from "./step-item"

export const StepsSection = ({ routine }: { routine: Routine }) => {
  const [form, setForm] = useState<{ open: boolean; step: CareStep | null }>({
    open: false,
    step: null,
  })
  const prompt = usePrompt()
  const { denied } = usePermissions()
  const updateDenied = denied("routine:update")
  const reorder = useReorderSteps(routine.id)
  const deleteStep = useDeleteStep(routine.id)
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )

  const saved = [...(routine.steps ?? [])].sort((a, b) => a.position - b.position)
  // While a reorder is saving, show the order asked for rather than snapping back.
  const order = reorder.isPending && reorder.variables ? reorder.variables : saved.map((s) => s.id)
  const steps = order.flatMap((id) => saved.filter((s) => s.id === id))

  const variantIds = [
    ...new Set(
      steps.flatMap((s) => (s.products ?? []).flatMap((p) => (p.variants ?? []).map((v) => v.id)))
    ),
  ]
  const { data: stock } = useProductStock(variantIds)

  const move = (from: number, to: number) =>
    reorder.mutate(arrayMove(order, from, to), {
      onSuccess: () => toast.success("Steps reordered"),
      onError: (error) => toast.error(error.message),
    })

  // Screen readers hear step titles rather than ids while a step is dragged.
  const titleOf = (id: UniqueIdentifier) => saved.find((s) => s.id === id)?.title ?? String(id)
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up step ${titleOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `Step ${titleOf(active.id)} is over ${titleOf(over.id)}.`
        : `Step ${titleOf(active.id)} is no longer over a step.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Step ${titleOf(active.id)} was dropped over ${titleOf(over.id)}.`
        : `Step ${titleOf(active.id)} was dropped.`,
    onDragCancel: ({ active }) => `Moving step ${titleOf(active.id)} was cancelled.`,
  }

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) {
      move(order.indexOf(String(active.id)), order.indexOf(String(over.id)))
    }
  }

  const handleDelete = async (step: CareStep) => {
    const confirmed = await prompt({
      title: "Delete step?",
      description: `"${step.title}" and its product choices will be removed from the routine.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (confirmed) {
      deleteStep.mutate(step.id, {
        onSuccess: () => toast.success("Step deleted"),
        onError: (error) => toast.error(error.message),
      })
    }
  }

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Steps"
        subtitle={updateDenied ?? "In the order a shopper applies them. Drag a step or use the arrows."}
        actions={
          <PermissionTooltip reason={updateDenied}>
            <Button
              size="small"
              variant="secondary"
              disabled={!!updateDenied}
              onClick={() => setForm({ open: true, step: null })}
            >
              <Plus />
              Add step
            </Button>
          </PermissionTooltip>
        }
      />
      {steps.length === 0 ? (
        <EmptyState
          title="No steps yet"
          description="A routine needs at least one step before it can be published."
        />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={handleDragEnd}
          accessibility={{ announcements }}
        >
          <SortableContext items={order} strategy={verticalListSortingStrategy}>
            <ul className="divide-y" aria-label="Steps" aria-busy={reorder.isPending}>
              {steps.map((step, index) => (
                <StepItem
                  key={step.id}
                  routineId={routine.id}
                  step={step}
                  index={index}
                  count={steps.length}
                  stock={stock}
                  reordering={reorder.isPending}
                  onMove={move}
                  onEdit={() => setForm({ open: true, step })}
                  onDelete={() => handleDelete(step)}
                  deniedReason={updateDenied}
                />
              ))}
            </ul>
          </SortableContext>
        </DndContext>
      )}
      <StepFormDrawer
        routineId={routine.id}
        step={form.step}
        open={form.open}
        onOpenChange={(open) => setForm((f) => ({ ...f, open }))}
      />
    </Container>
  )
}
