import { XMarkMini } from "@medusajs/icons"
import { Badge, Select, Text, toast } from "@medusajs/ui"
import { permissionReason } from "../../hooks/permissions"
import { useSymptoms, useUpdateSymptomProducts } from "../../hooks/symptoms"
import type { AdminProductRoutinesResponse as ProductCuration } from "../../../types"

type ProductSymptomsProps = {
  productId: string
  symptoms: ProductCuration["symptoms"]
  // Without symptom:update the symptoms are listed, not changed.
  readOnly: boolean
}

export const ProductSymptoms = ({ productId, symptoms, readOnly }: ProductSymptomsProps) => {
  // The symptoms to add from, only for someone who may add them.
  const { data } = useSymptoms({ enabled: !readOnly })
  const updateProducts = useUpdateSymptomProducts()
  const linked = symptoms.map((s) => s.id)
  const available = (data?.symptoms ?? []).filter((s) => !linked.includes(s.id))

  const save = (id: string, body: { add?: string[]; remove?: string[] }, success: string) =>
    updateProducts.mutate(
      { id, ...body },
      {
        onSuccess: () => toast.success(success),
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div>
        <Text size="small" weight="plus">
          Addresses symptoms
        </Text>
        {readOnly && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {permissionReason("symptom:update")}
          </Text>
        )}
      </div>
      {symptoms.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No symptoms yet.
        </Text>
      ) : (
        <div className="flex flex-wrap gap-1" data-testid="product-symptoms">
          {symptoms.map((symptom) => (
            <Badge key={symptom.id} size="small" className="gap-x-1 pr-0.5">
              {symptom.name}
              {!readOnly && (
                <button
                  type="button"
                  aria-label={`Remove symptom ${symptom.name}`}
                  disabled={updateProducts.isPending}
                  className="text-ui-fg-muted hover:text-ui-fg-subtle"
                  onClick={() => save(symptom.id, { remove: [productId] }, "Symptom removed")}
                >
                  <XMarkMini />
                </button>
              )}
            </Badge>
          ))}
        </div>
      )}
      {!readOnly && available.length > 0 && (
        <Select
          size="small"
          value=""
          onValueChange={(id) => save(id, { add: [productId] }, "Symptom added")}
          disabled={updateProducts.isPending}
        >
          <Select.Trigger aria-label="Add symptom">
            <Select.Value placeholder="Add a symptom" />
          </Select.Trigger>
          <Select.Content>
            {available.map((symptom) => (
              <Select.Item key={symptom.id} value={symptom.id}>
                {symptom.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      )}
    </div>
  )
}
