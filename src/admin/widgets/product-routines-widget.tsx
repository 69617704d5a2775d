import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Plus } from "@medusajs/icons"
import { Button, Container } from "@medusajs/ui"
import { useState } from "react"
import { PermissionTooltip } from "../components/common/permission"
import { ErrorState, LoadingState } from "../components/common/query-states"
import { SectionHeader } from "../components/common/section-header"
import { AddToStepDrawer } from "../components/product-widget/add-to-step-drawer"
import { ProductCareSteps } from "../components/product-widget/product-care-steps"
import { ProductSymptoms } from "../components/product-widget/product-symptoms"
import { usePermissions } from "../hooks/permissions"
import { useProductCuration } from "../hooks/products"

/**
 * Where this product sits in routines, and which symptoms it addresses:
 * editable in place with routine:update (steps) and symptom:update
 * (symptoms), read only without, nothing at all without routine:read.
 */
const ProductRoutinesWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [adding, setAdding] = useState(false)
  const { can, denied } = usePermissions()
  const allowed = can("routine:read")
  const stepsDenied = denied("routine:update")
  const { data, isLoading, isError, error, refetch } = useProductCuration(product.id, { enabled: allowed })

  if (!allowed) {
    return null
  }
  return (
    <Container className="divide-y p-0" data-testid="product-routines-widget">
      <SectionHeader
        title="Routines"
        subtitle={stepsDenied}
        actions={
          <PermissionTooltip reason={stepsDenied}>
            <Button size="small" variant="secondary" disabled={!!stepsDenied} onClick={() => setAdding(true)}>
              <Plus />
              Add to step
            </Button>
          </PermissionTooltip>
        }
      />
      {isLoading && <LoadingState />}
      {isError && <ErrorState error={error} onRetry={refetch} />}
      {data && (
        <>
          <ProductCareSteps
            productId={product.id}
            productTitle={product.title}
            careSteps={data.care_steps}
            readOnly={!!stepsDenied}
          />
          <ProductSymptoms productId={product.id} symptoms={data.symptoms} readOnly={!can("symptom:update")} />
        </>
      )}
      <AddToStepDrawer
        productId={product.id}
        linkedStepIds={(data?.care_steps ?? []).map((s) => s.id)}
        open={adding}
        onOpenChange={setAdding}
      />
    </Container>
  )
}

// The side column of the product page ("product.details.side": Medusa 2.21's
// layout composer ignores the legacy .before/.after zones and puts a widget
// after the page's own sections). Where it sits in the column is the
// merchant's layout (Customize), kept under this id; the demo's seed saves it first.
export const config = defineWidgetConfig({
  zone: "product.details.side",
  id: "routine-bundles:product-routines",
})

export default ProductRoutinesWidget
