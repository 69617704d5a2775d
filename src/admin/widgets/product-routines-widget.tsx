import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Plus } from "@medusajs/icons"
import { Button, Container } from "@medusajs/ui"
import { useState } from "react"
import { ErrorState, LoadingState } from "../components/common/query-states"
import { SectionHeader } from "../components/common/section-header"
import { AddToStepDrawer } from "../components/product-widget/add-to-step-drawer"
import { ProductCareSteps } from "../components/product-widget/product-care-steps"
import { ProductSymptoms } from "../components/product-widget/product-symptoms"
import { useProductCuration } from "../hooks/products"

// Where this product sits in routines, and which symptoms it addresses.
const ProductRoutinesWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [adding, setAdding] = useState(false)
  const { data, isLoading, isError, error, refetch } = useProductCuration(product.id)

  return (
    <Container className="divide-y p-0" data-testid="product-routines-widget">
      <SectionHeader
        title="Routines"
        actions={
          <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
            <Plus />
            Add to step
          </Button>
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
          />
          <ProductSymptoms productId={product.id} symptoms={data.symptoms} />
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

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductRoutinesWidget
