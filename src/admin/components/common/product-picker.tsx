import { Badge, Button, Checkbox, Drawer, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useProductSearch } from "../../hooks/products"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
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

/**
 * Searches the catalog through core's product list; products already linked
 * are shown but cannot be picked twice.
 */
export const ProductPicker = ({
  open,
  onOpenChange,
  title,
  excludeIds,
  isPending,
  onSubmit,
}: ProductPickerProps) => {
  const [search, setSearch] = useState("")
  const [selected, setSelected] = useState<string[]>([])
  const q = useDebouncedValue(search)
  const { data, isLoading, isError, error, refetch } = useProductSearch(q, open)

  const toggle = (id: string, checked: boolean) =>
    setSelected((ids) => (checked ? [...ids, id] : ids.filter((i) => i !== id)))

  // A picker opened again starts afresh, however it was closed.
  useEffect(() => {
    if (!open) {
      setSearch("")
      setSelected([])
    }
  }, [open])

  const products = data?.products ?? []

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
          <Drawer.Description className="sr-only">
            Search the catalog and tick the products to add.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Input
            type="search"
            placeholder="Search products"
            aria-label="Search products"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            autoFocus
          />
          {isLoading && <LoadingState rows={5} />}
          {isError && <ErrorState error={error} onRetry={refetch} />}
          {!isLoading && !isError && products.length === 0 && (
            <EmptyState title="No products found" description="Try another search." />
          )}
          <ul className="flex flex-col gap-y-1">
            {products.map((product) => {
              const linked = excludeIds.includes(product.id)
              const inputId = `pick-${product.id}`
              return (
                <li
                  key={product.id}
                  className="hover:bg-ui-bg-base-hover flex items-center gap-x-3 rounded-md px-2 py-1.5"
                >
                  <Checkbox
                    id={inputId}
                    disabled={linked}
                    checked={linked || selected.includes(product.id)}
                    onCheckedChange={(checked) => toggle(product.id, checked === true)}
                  />
                  <Thumbnail src={product.thumbnail} alt={product.title} />
                  <Label htmlFor={inputId} className="flex-1 cursor-pointer">
                    {product.title}
                  </Label>
                  {linked && <Badge size="2xsmall">Added</Badge>}
                </li>
              )
            })}
          </ul>
        </Drawer.Body>
        <Drawer.Footer>
          <Text size="small" className="text-ui-fg-subtle mr-auto">
            {selected.length} selected
          </Text>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            disabled={!selected.length}
            isLoading={isPending}
            onClick={() => onSubmit(selected)}
          >
            Add
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
