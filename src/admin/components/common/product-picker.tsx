import { zodResolver } from "@hookform/resolvers/zod"
import { Badge, Button, Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { PRODUCT_SEARCH_PAGE, useProductSearch, useProductStock } from "../../hooks/products"
import { formatAmount } from "../../lib/format"
import { stockText } from "../../lib/stock"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { GroupError } from "./form-fields"
import { FormDrawer } from "./form-drawer"
import { EmptyState, ErrorState, LoadingState } from "./query-states"
import { Thumbnail } from "./thumbnail"

type ProductPickerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  excludeIds: string[]
  isPending: boolean
  onSubmit: (productIds: string[]) => void
}

const schema = z.object({ product_ids: z.array(z.string()).min(1, "Tick at least one product to add.") })
type PickerValues = z.infer<typeof schema>

/**
 * Searches the catalog through core's product list; products already linked
 * are shown but cannot be picked twice. A form like the others: ticks are
 * its changes (closing with some asks first), Cmd/Ctrl+Enter adds them.
 */
export const ProductPicker = ({ open, onOpenChange, title, excludeIds, isPending, onSubmit }: ProductPickerProps) => {
  const [search, setSearch] = useState("")
  const [page, setPage] = useState(0)
  const q = useDebouncedValue(search)
  const { data, isLoading, isError, error, refetch } = useProductSearch(q, page * PRODUCT_SEARCH_PAGE, open)
  const form = useForm<PickerValues>({ defaultValues: { product_ids: [] }, resolver: zodResolver(schema) })
  const selected = form.watch("product_ids")

  const toggle = (id: string, checked: boolean) =>
    form.setValue("product_ids", checked ? [...selected, id] : selected.filter((i) => i !== id), {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    })

  // A picker opened again starts afresh, however it was closed.
  useEffect(() => {
    if (!open) {
      setSearch("")
      form.reset({ product_ids: [] })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])
  // A new search starts on its first page.
  useEffect(() => setPage(0), [q])

  const products = data?.products ?? []
  const pages = Math.max(1, Math.ceil((data?.count ?? 0) / PRODUCT_SEARCH_PAGE))
  const { data: stock } = useProductStock(products.flatMap((p) => (p.variants ?? []).map((v) => v.id)))
  // What a merchandiser weighs: the first variant's prices and the units available.
  const details = (product: (typeof products)[number]) => {
    const prices = (product.variants?.[0]?.prices ?? []).map((p) => formatAmount(p.amount, p.currency_code)).join(" · ")
    const units = stock?.[product.id]
    return [prices || "no price", units === undefined ? null : stockText(units)].filter(Boolean).join(" · ")
  }

  return (
    <FormDrawer
      title={title}
      description="Search the catalog and tick the products to add."
      open={open}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={({ product_ids }) => onSubmit(product_ids)}
      isPending={isPending}
      submitLabel="Add"
    >
      <Input
        type="search"
        placeholder="Search products"
        aria-label="Search products"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <div className="flex items-center justify-between">
        <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
          {selected.length} selected
        </Text>
        <GroupError name="product_ids" />
      </div>
      {isLoading && <LoadingState rows={5} />}
      {isError && <ErrorState error={error} onRetry={refetch} />}
      {!isLoading && !isError && products.length === 0 && (
        <EmptyState title="No products found" description="Try another search." />
      )}
      <ul className="flex flex-col gap-y-1" aria-label="Products">
        {products.map((product) => {
          const linked = excludeIds.includes(product.id)
          const inputId = `pick-${product.id}`
          return (
            <li key={product.id} className="hover:bg-ui-bg-base-hover flex items-center gap-x-3 rounded-md px-2 py-1.5">
              <Checkbox
                id={inputId}
                aria-describedby={`${inputId}-details`}
                disabled={linked}
                checked={linked || selected.includes(product.id)}
                onCheckedChange={(checked) => toggle(product.id, checked === true)}
              />
              <Thumbnail src={product.thumbnail} alt={product.title} />
              <div className="flex flex-1 flex-col">
                <Label htmlFor={inputId} className="cursor-pointer">
                  {product.title}
                </Label>
                <Text id={`${inputId}-details`} size="xsmall" className="text-ui-fg-subtle" data-testid="picker-product-details">
                  {details(product)}
                </Text>
              </div>
              {product.status !== "published" && (
                <Badge size="2xsmall" color="orange">
                  {product.status === "draft" ? "Draft" : product.status}
                </Badge>
              )}
              {linked && <Badge size="2xsmall">Added</Badge>}
            </li>
          )
        })}
      </ul>
      {pages > 1 && (
        <nav className="flex items-center justify-between" aria-label="Product pages">
          <Text size="small" className="text-ui-fg-subtle">
            Page {page + 1} of {pages} · {data?.count} products
          </Text>
          <div className="flex gap-x-2">
            <Button type="button" size="small" variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
              Previous
            </Button>
            <Button
              type="button"
              size="small"
              variant="secondary"
              disabled={page + 1 >= pages}
              onClick={() => setPage(page + 1)}
            >
              Next
            </Button>
          </div>
        </nav>
      )}
    </FormDrawer>
  )
}
