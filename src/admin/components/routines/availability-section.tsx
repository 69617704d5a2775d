import { zodResolver } from "@hookform/resolvers/zod"
import { Badge, Button, Checkbox, Container, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useForm, useWatch, type UseFormReturn } from "react-hook-form"
import { z } from "zod"
import { orphanedRestrictionNotes } from "../../../lib/routine-availability"
import type { AdminRoutine as Routine } from "../../../types"
import {
  AVAILABILITY_PAGE,
  useAvailabilityOptions,
  useRoutineAvailability,
  useSetRoutineAvailability,
  type AvailabilityKind,
} from "../../hooks/availability"
import { usePermissions } from "../../hooks/permissions"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { showServerError } from "../../lib/server-errors"
import { FormDrawer } from "../common/form-drawer"
import { PermissionTooltip } from "../common/permission"
import { EmptyState, ErrorState, LoadingState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"

const named = z.array(z.object({ id: z.string(), name: z.string() }))
const schema = z.object({ sales_channels: named, customer_groups: named })
type AvailabilityValues = z.infer<typeof schema>

const KINDS: Record<AvailabilityKind, { label: string; one: string; all: string; serverField: string }> = {
  sales_channels: {
    label: "Sales channels",
    one: "sales channels",
    all: "Every sales channel its products are in",
    serverField: "sales_channel_ids",
  },
  customer_groups: {
    label: "Customer groups",
    one: "customer groups",
    all: "Every shopper, signed in or not",
    serverField: "customer_group_ids",
  },
}

const SERVER_FIELDS = Object.fromEntries(
  (Object.keys(KINDS) as AvailabilityKind[]).map((kind) => [
    KINDS[kind].serverField,
    { path: kind, label: KINDS[kind].label },
  ])
)

/** One searchable, paged list of channels or groups to tick; none ticked means all. */
const AvailabilityPicker = ({
  kind,
  form,
  open,
}: {
  kind: AvailabilityKind
  form: UseFormReturn<AvailabilityValues>
  open: boolean
}) => {
  const [search, setSearch] = useState("")
  const [page, setPage] = useState(0)
  const q = useDebouncedValue(search)
  const { data, isLoading, isError, error, refetch } = useAvailabilityOptions(kind, q, page * AVAILABILITY_PAGE, open)
  const selected = useWatch({ control: form.control, name: kind })
  const pages = Math.max(1, Math.ceil((data?.count ?? 0) / AVAILABILITY_PAGE))
  const { label, one, all } = KINDS[kind]
  // A new search starts on its first page.
  useEffect(() => setPage(0), [q])

  const toggle = (option: { id: string; name: string }, checked: boolean) =>
    form.setValue(kind, checked ? [...selected, option] : selected.filter((s) => s.id !== option.id), {
      shouldDirty: true,
    })

  return (
    <fieldset className="flex flex-col gap-y-2" aria-label={label}>
      <legend className="txt-compact-small-plus mb-1">{label}</legend>
      <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
        {selected.length ? `Only ${selected.map((s) => s.name).join(", ")}` : `None ticked: ${all.toLowerCase()}.`}
      </Text>
      <Input
        type="search"
        placeholder={`Search ${one}`}
        aria-label={`Search ${one}`}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {isLoading && <LoadingState rows={3} />}
      {isError && <ErrorState error={error} onRetry={refetch} />}
      {!isLoading && !isError && !data?.options.length && (
        <EmptyState title={`No ${one} found`} description="Try another search." />
      )}
      <ul className="flex flex-col gap-y-1" aria-label={label}>
        {(data?.options ?? []).map((option) => {
          const inputId = `${kind}-${option.id}`
          return (
            <li key={option.id} className="hover:bg-ui-bg-base-hover flex items-center gap-x-3 rounded-md px-2 py-1.5">
              <Checkbox
                id={inputId}
                checked={selected.some((s) => s.id === option.id)}
                onCheckedChange={(checked) => toggle(option, checked === true)}
              />
              <Label htmlFor={inputId} className="cursor-pointer">
                {option.name}
              </Label>
            </li>
          )
        })}
      </ul>
      {pages > 1 && (
        <nav className="flex items-center justify-between" aria-label={`${label} pages`}>
          <Text size="small" className="text-ui-fg-subtle">
            Page {page + 1} of {pages}
          </Text>
          <div className="flex gap-x-2">
            <Button type="button" size="small" variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
              Previous
            </Button>
            <Button type="button" size="small" variant="secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
              Next
            </Button>
          </div>
        </nav>
      )}
    </fieldset>
  )
}

const Linked = ({
  kind,
  items,
  orphaned,
}: {
  kind: AvailabilityKind
  items: { id: string; name: string }[]
  /** Restricted, but every channel or group picked was deleted: sold to no one. */
  orphaned?: string
}) => (
  <div className="grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {KINDS[kind].label}
    </Text>
    {items.length ? (
      <div className="flex flex-wrap gap-1" data-testid={`availability-${kind}`}>
        {items.map((item) => (
          <Badge key={item.id} size="2xsmall">
            {item.name}
          </Badge>
        ))}
      </div>
    ) : orphaned ? (
      <Text size="small" leading="compact" className="text-ui-fg-error" data-testid={`availability-${kind}`}>
        {orphaned}
      </Text>
    ) : (
      <Text size="small" leading="compact" className="text-ui-fg-subtle" data-testid={`availability-${kind}`}>
        {KINDS[kind].all}
      </Text>
    )}
  </div>
)

/**
 * Where and to whom the routine is sold (GET/POST /admin/routines/:id/availability):
 * sales channels and customer groups, as a price list's rules. The store
 * hides the routine from anyone else; the checklist says it.
 */
export const AvailabilitySection = ({ routine }: { routine: Routine }) => {
  const [open, setOpen] = useState(false)
  const { data, isLoading, isError, error, refetch } = useRoutineAvailability(routine.id)
  const setAvailability = useSetRoutineAvailability(routine.id)
  const { denied } = usePermissions()
  const updateDenied = denied("routine:update")
  const saved: AvailabilityValues = {
    sales_channels: data?.availability.sales_channels ?? [],
    customer_groups: data?.availability.customer_groups ?? [],
  }
  const form = useForm<AvailabilityValues>({ defaultValues: saved, resolver: zodResolver(schema) })

  // Each opening starts from what is saved, not from an abandoned edit.
  useEffect(() => {
    if (open) form.reset(saved)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, data])

  const handleSubmit = (values: AvailabilityValues) =>
    setAvailability.mutate(
      {
        sales_channel_ids: values.sales_channels.map((s) => s.id),
        customer_group_ids: values.customer_groups.map((g) => g.id),
      },
      {
        onSuccess: () => {
          toast.success("Availability saved")
          setOpen(false)
        },
        onError: (e) => showServerError(form, e, { fields: SERVER_FIELDS, thing: "routine" }),
      }
    )

  return (
    <Container className="divide-y p-0" data-testid="routine-availability">
      <SectionHeader
        title="Availability"
        subtitle={updateDenied ?? "Who can buy it: none picked means everyone."}
        actions={
          <PermissionTooltip reason={updateDenied}>
            <Button size="small" variant="secondary" disabled={!!updateDenied || !data} onClick={() => setOpen(true)}>
              Edit availability
            </Button>
          </PermissionTooltip>
        }
      />
      {isError ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : isLoading || !data ? (
        <LoadingState rows={2} />
      ) : (
        <>
          <Linked
            kind="sales_channels"
            items={data.availability.sales_channels}
            orphaned={orphanedRestrictionNotes({ ...data.availability, customer_groups_restricted: false })[0]}
          />
          <Linked
            kind="customer_groups"
            items={data.availability.customer_groups}
            orphaned={orphanedRestrictionNotes({ ...data.availability, sales_channels_restricted: false })[0]}
          />
        </>
      )}
      <FormDrawer
        title="Edit availability"
        description="Pick the sales channels and customer groups the routine is sold to."
        open={open}
        onOpenChange={setOpen}
        form={form}
        onSubmit={handleSubmit}
        isPending={setAvailability.isPending}
      >
        <AvailabilityPicker kind="sales_channels" form={form} open={open} />
        <AvailabilityPicker kind="customer_groups" form={form} open={open} />
      </FormDrawer>
    </Container>
  )
}
