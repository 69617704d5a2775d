import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Container, Switch, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useForm } from "react-hook-form"
import { usePermissions } from "../../hooks/permissions"
import { useUpdateRoutine } from "../../hooks/routines"
import { showServerError } from "../../lib/server-errors"
import type { AdminRoutine as Routine } from "../../../types"
import { Form } from "../common/form"
import { FormDrawer } from "../common/form-drawer"
import { InputField } from "../common/form-fields"
import { PermissionTooltip } from "../common/permission"
import { SectionHeader } from "../common/section-header"
import {
  SUBSCRIPTION_SERVER_FIELDS,
  subscriptionInput,
  subscriptionSchema,
  subscriptionToForm,
  type SubscriptionFormValues,
} from "./subscription-form"

const Row = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" data-testid={testId}>
      {value}
    </Text>
  </div>
)

const weeksText = (weeks: number[]) =>
  weeks.length ? `Every ${weeks.join(", ").replace(/, (\d+)$/, " or $1")} weeks` : "None set"

/**
 * Whether shoppers may subscribe to the routine, at which intervals and with
 * what extra percentage off the offer's price. Part of the routine's offer:
 * saving needs routine_offer:update, raises the offer's version and is
 * written in its history; bundles already in carts keep the terms they
 * were chosen under.
 */
export const SubscriptionsSection = ({ routine }: { routine: Routine }) => {
  const [open, setOpen] = useState(false)
  const updateRoutine = useUpdateRoutine(routine.id)
  const { denied } = usePermissions()
  const offerDenied = denied("routine_offer:update")
  const form = useForm<SubscriptionFormValues>({
    defaultValues: subscriptionToForm(routine),
    resolver: zodResolver(subscriptionSchema),
  })

  // Each opening starts from what is saved, not from an abandoned edit.
  useEffect(() => {
    if (open) form.reset(subscriptionToForm(routine))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, routine])

  const handleSubmit = (values: SubscriptionFormValues) =>
    updateRoutine.mutate(subscriptionInput(values), {
      onSuccess: () => {
        toast.success("Subscriptions saved")
        setOpen(false)
      },
      onError: (error) => showServerError(form, error, { fields: SUBSCRIPTION_SERVER_FIELDS, thing: "routine" }),
    })

  const percentage = Number(routine.subscription_discount_percentage ?? 0)
  return (
    <Container className="divide-y p-0" data-testid="routine-subscriptions">
      <SectionHeader
        title="Subscriptions"
        subtitle={offerDenied ?? "Refills on the shopper's schedule, at an extra discount."}
        actions={
          <PermissionTooltip reason={offerDenied}>
            <Button size="small" variant="secondary" disabled={!!offerDenied} onClick={() => setOpen(true)}>
              Edit subscriptions
            </Button>
          </PermissionTooltip>
        }
      />
      <Row label="Sold on subscription" value={routine.subscriptions_enabled ? "Yes" : "No, bought once only"} testId="subscriptions-enabled" />
      <Row label="Intervals" value={weeksText(routine.subscription_interval_weeks ?? [])} testId="subscription-intervals" />
      <Row
        label="Extra discount"
        value={percentage ? `${percentage} % off the offer's price` : "None: the offer's price"}
        testId="subscription-discount"
      />
      <FormDrawer
        title="Edit subscriptions"
        description="Choose whether shoppers may subscribe, the intervals they choose from and the extra discount."
        open={open}
        onOpenChange={setOpen}
        form={form}
        onSubmit={handleSubmit}
        isPending={updateRoutine.isPending}
      >
        <Form.Field
          control={form.control}
          name="subscriptions_enabled"
          render={({ field: { value, onChange, ref } }) => (
            <Form.Item className="flex flex-col gap-y-1">
              <div className="flex items-center justify-between gap-x-4">
                <Form.Label>Sell on subscription</Form.Label>
                <Form.Control>
                  <Switch ref={ref} checked={value} onCheckedChange={onChange} />
                </Form.Control>
              </div>
              <Form.Hint>Off: the routine is bought once only. Subscriptions already running are not changed.</Form.Hint>
              <Form.ErrorMessage />
            </Form.Item>
          )}
        />
        <InputField
          control={form.control}
          name="intervals"
          label="Intervals (weeks)"
          hint="The refill intervals a shopper chooses from, separated by commas, like 4, 6, 8."
          inputMode="numeric"
        />
        <InputField
          control={form.control}
          name="discount_percentage"
          label="Extra discount (%)"
          hint="Taken off the routine's offer price for subscribers; 0 for none."
          type="number"
          min={0}
          max={99.99}
          step="any"
        />
      </FormDrawer>
    </Container>
  )
}
