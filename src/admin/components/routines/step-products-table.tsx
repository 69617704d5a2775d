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
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable"
import { CSS } from "@dnd-kit/utilities"
import { DotsSix, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, IconButton, Switch, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { useUpdateStepProducts } from "../../hooks/steps"
import { formatAmount } from "../../lib/format"
import { stockText } from "../../lib/stock"
import type { AdminCareStep as CareStep, AdminStepProductsInput as StepProductsInput } from "../../../types"
import { ActionMenu } from "../common/action-menu"
import { PermissionTooltip } from "../common/permission"
import { ProductPicker } from "../common/product-picker"
import { EmptyState } from "../common/query-states"
import { Thumbnail } from "../common/thumbnail"
import { RankInput } from "./rank-input"
import { ranksTaken, stepProductRows, type StepProductRow } from "./step-products"

type StepProductsTableProps = {
  routineId: string
  step: CareStep
  // Units available per product id (useProductStock); undefined while loading.
  stock: Record<string, number | null> | undefined
  // Why the user may not change the candidates (routine:update): the table is read only.
  deniedReason?: string
}

const prices = (product: StepProductRow) =>
  (product.variants?.[0]?.prices ?? [])
    .map((p) => formatAmount(p.amount, p.currency_code))
    .join(" · ") || "-"

const stockLabel = (stock: StepProductsTableProps["stock"], productId: string) => {
  if (!stock) {
    return "…"
  }
  const units = stock[productId]
  return units === undefined ? "-" : stockText(units)
}

// A candidate's row, dragged by its handle (pointer, or Space and the arrows).
const SortableRow = ({
  id,
  title,
  disabled,
  children,
}: {
  id: string
  title: string
  disabled: boolean
  children: ReactNode
}) => {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled,
  })
  return (
    <Table.Row
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={isDragging ? "shadow-elevation-card-hover relative z-10" : undefined}
      data-testid="step-product"
    >
      <Table.Cell className="w-8 !pr-2">
        <IconButton
          ref={setActivatorNodeRef}
          type="button"
          size="small"
          variant="transparent"
          className={disabled ? undefined : "cursor-grab"}
          aria-label={`Drag ${title}`}
          disabled={disabled}
          {...attributes}
          {...listeners}
        >
          <DotsSix />
        </IconButton>
      </Table.Cell>
      {children}
    </Table.Row>
  )
}

export const StepProductsTable = ({ routineId, step, stock, deniedReason }: StepProductsTableProps) => {
  const [picking, setPicking] = useState(false)
  const prompt = usePrompt()
  const updateProducts = useUpdateStepProducts()
  const saved = stepProductRows(step)
  // While a new order is saving, the rows show it rather than snapping back.
  const [pending, setPending] = useState<string[] | null>(null)
  const rows = pending ? pending.flatMap((id) => saved.filter((r) => r.id === id)) : saved
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )
  const titleOf = (id: UniqueIdentifier) => saved.find((r) => r.id === id)?.title ?? String(id)
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(active.id)} is over ${titleOf(over.id)}.` : `${titleOf(active.id)} is no longer over a product.`,
    onDragEnd: ({ active, over }) =>
      over ? `${titleOf(active.id)} was dropped over ${titleOf(over.id)}.` : `${titleOf(active.id)} was dropped.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  }

  // The order is the ranks: 0 for the first row, 1 for the next…; only the ranks that change are sent.
  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const ids = rows.map((r) => r.id)
    const order = arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)))
    const update = order.flatMap((product_id, rank) =>
      saved.find((r) => r.id === product_id)?.rank === rank ? [] : [{ product_id, rank }]
    )
    if (!update.length) return
    setPending(order)
    updateProducts.mutate(
      { routineId, stepId: step.id, update },
      {
        onSuccess: () => toast.success("Candidates reordered"),
        onError: (error) => toast.error(error.message),
        onSettled: () => setPending(null),
      }
    )
  }

  const save = (body: StepProductsInput, success: string, onDone?: () => void) =>
    updateProducts.mutate(
      { routineId, stepId: step.id, ...body },
      {
        onSuccess: () => {
          toast.success(success)
          onDone?.()
        },
        onError: (error) => toast.error(error.message),
      }
    )

  const addProducts = (productIds: string[]) => {
    // New candidates rank after the existing ones; a step without a default gets the first one picked.
    const nextRank = rows.reduce((max, r) => Math.max(max, r.rank + 1), 0)
    const hasDefault = rows.some((r) => r.is_default)
    save(
      {
        add: productIds.map((product_id, i) => ({
          product_id,
          rank: nextRank + i,
          ...(!hasDefault && i === 0 ? { is_default: true } : {}),
        })),
      },
      productIds.length === 1 ? "Product added" : `${productIds.length} products added`,
      () => setPicking(false)
    )
  }

  const removeProduct = async (product: StepProductRow) => {
    const confirmed = await prompt({
      title: "Remove product?",
      description: `"${product.title}" will no longer be offered for "${step.title}".`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (confirmed) {
      save({ remove: [product.id] }, "Product removed")
    }
  }

  return (
    <div className="flex flex-col gap-y-2">
      {rows.length === 0 ? (
        <EmptyState
          title="No products yet"
          description="Add the products a shopper may get for this step."
        />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={handleDragEnd}
          accessibility={{ announcements }}
        >
          <Table aria-busy={updateProducts.isPending} data-testid="step-products">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>
                  <span className="sr-only">Order</span>
                </Table.HeaderCell>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell>Price</Table.HeaderCell>
                <Table.HeaderCell>Stock</Table.HeaderCell>
                <Table.HeaderCell>Rank</Table.HeaderCell>
                <Table.HeaderCell>Default</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <SortableContext items={rows.map((r) => r.id)} strategy={verticalListSortingStrategy}>
              <Table.Body>
                {rows.map((product) => (
                  <SortableRow
                    key={product.id}
                    id={product.id}
                    title={product.title}
                    disabled={updateProducts.isPending || !!deniedReason}
                  >
                    <Table.Cell>
                      <div className="flex items-center gap-x-3">
                        <Thumbnail src={product.thumbnail} alt={product.title} />
                        <Link to={`/products/${product.id}`} className="txt-compact-small hover:underline">
                          {product.title}
                        </Link>
                        {product.is_default && (
                          <Badge size="2xsmall" color="green">
                            Default
                          </Badge>
                        )}
                      </div>
                    </Table.Cell>
                    <Table.Cell>{prices(product)}</Table.Cell>
                    <Table.Cell>
                      {stockLabel(stock, product.id)}
                    </Table.Cell>
                    <Table.Cell>
                      <RankInput
                        label={`Rank of ${product.title}`}
                        rank={product.rank}
                        taken={ranksTaken(rows, product.id)}
                        disabled={updateProducts.isPending || !!deniedReason}
                        onCommit={(rank) =>
                          save({ update: [{ product_id: product.id, rank }] }, "Rank saved")
                        }
                      />
                    </Table.Cell>
                    <Table.Cell>
                      {/* The step's default, in place: turning one on turns the previous one off. */}
                      <Switch
                        size="small"
                        aria-label={`${product.title} is the default for ${step.title}`}
                        checked={product.is_default}
                        disabled={updateProducts.isPending || !!deniedReason}
                        onCheckedChange={(is_default) =>
                          save(
                            { update: [{ product_id: product.id, is_default }] },
                            is_default ? `"${product.title}" is the default` : "Default cleared"
                          )
                        }
                      />
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      <ActionMenu
                        label={`Actions for ${product.title}`}
                        groups={[[{ label: "Remove", icon: <Trash />, onClick: () => removeProduct(product), deniedReason }]]}
                      />
                    </Table.Cell>
                  </SortableRow>
                ))}
              </Table.Body>
            </SortableContext>
          </Table>
        </DndContext>
      )}
      <div>
        <PermissionTooltip reason={deniedReason}>
          <Button
            size="small"
            variant="transparent"
            aria-label={`Add products to ${step.title}`}
            disabled={!!deniedReason}
            onClick={() => setPicking(true)}
          >
            <Plus />
            Add products
          </Button>
        </PermissionTooltip>
      </div>
      <ProductPicker
        open={picking}
        onOpenChange={setPicking}
        title={`Add products to "${step.title}"`}
        excludeIds={rows.map((r) => r.id)}
        isPending={updateProducts.isPending}
        onSubmit={addProducts}
      />
    </div>
  )
}
