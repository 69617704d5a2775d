import { Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Switch, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useUpdateStepProducts } from "../../hooks/steps"
import { formatAmount } from "../../lib/format"
import type { AdminCareStep as CareStep, AdminStepProductsInput as StepProductsInput } from "../../../types"
import { ActionMenu } from "../common/action-menu"
import { PermissionTooltip } from "../common/permission"
import { ProductPicker } from "../common/product-picker"
import { EmptyState } from "../common/query-states"
import { Thumbnail } from "../common/thumbnail"
import { RankInput } from "./rank-input"
import { stepProductRows, type StepProductRow } from "./step-products"

type StepProductsTableProps = {
  routineId: string
  step: CareStep
  // Units in stock per product id; undefined while loading.
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
  return units === null ? "Not tracked" : String(units ?? "-")
}

export const StepProductsTable = ({ routineId, step, stock, deniedReason }: StepProductsTableProps) => {
  const [picking, setPicking] = useState(false)
  const prompt = usePrompt()
  const updateProducts = useUpdateStepProducts()
  const rows = stepProductRows(step)

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
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Price</Table.HeaderCell>
              <Table.HeaderCell>Stock</Table.HeaderCell>
              <Table.HeaderCell>Rank</Table.HeaderCell>
              <Table.HeaderCell>Default</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((product) => (
              <Table.Row key={product.id} data-testid={`step-product-${product.handle}`}>
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
                    taken={new Map(rows.filter((r) => r.id !== product.id).map((r) => [r.rank, r.title]))}
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
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
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
