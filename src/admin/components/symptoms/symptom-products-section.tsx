import { Plus, Trash } from "@medusajs/icons"
import { Button, Container, IconButton, Table, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { usePermissions } from "../../hooks/permissions"
import { useUpdateSymptomProducts } from "../../hooks/symptoms"
import type { AdminSymptom as Symptom } from "../../../types"
import { PermissionTooltip } from "../common/permission"
import { ProductPicker } from "../common/product-picker"
import { EmptyState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"
import { Thumbnail } from "../common/thumbnail"

export const SymptomProductsSection = ({ symptom }: { symptom: Symptom }) => {
  const [picking, setPicking] = useState(false)
  const updateProducts = useUpdateSymptomProducts()
  const products = symptom.products ?? []
  const { denied } = usePermissions()
  const updateDenied = denied("symptom:update")

  const save = (body: { add?: string[]; remove?: string[] }, success: string, onDone?: () => void) =>
    updateProducts.mutate(
      { id: symptom.id, ...body },
      {
        onSuccess: () => {
          toast.success(success)
          onDone?.()
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Products"
        subtitle={updateDenied ?? "Products that address this symptom."}
        actions={
          <PermissionTooltip reason={updateDenied}>
            <Button size="small" variant="secondary" disabled={!!updateDenied} onClick={() => setPicking(true)}>
              <Plus />
              Add products
            </Button>
          </PermissionTooltip>
        }
      />
      {products.length === 0 ? (
        <EmptyState title="No products yet" description="Add the products that help with it." />
      ) : (
        <Table>
          <Table.Body>
            {products.map((product) => (
              <Table.Row key={product.id}>
                <Table.Cell>
                  <Link
                    to={`/products/${product.id}`}
                    className="flex items-center gap-x-3 hover:underline"
                  >
                    <Thumbnail src={product.thumbnail} alt={product.title} />
                    {product.title}
                  </Link>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label={`Remove ${product.title}`}
                    disabled={updateProducts.isPending || !!updateDenied}
                    onClick={() => save({ remove: [product.id] }, "Product removed")}
                  >
                    <Trash />
                  </IconButton>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <ProductPicker
        open={picking}
        onOpenChange={setPicking}
        title={`Products for "${symptom.name}"`}
        excludeIds={products.map((p) => p.id)}
        isPending={updateProducts.isPending}
        onSubmit={(ids) => save({ add: ids }, "Products added", () => setPicking(false))}
      />
    </Container>
  )
}
