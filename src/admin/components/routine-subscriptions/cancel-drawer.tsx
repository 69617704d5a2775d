import { zodResolver } from "@hookform/resolvers/zod"
import { Select, Text, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { SUBSCRIPTION_CANCEL_REASONS, type RoutineSubscription } from "../../../types"
import { useChangeRoutineSubscription } from "../../hooks/routine-subscriptions"
import { showServerError, type ServerFields } from "../../lib/server-errors"
import { CANCEL_REASON_WORDS } from "../../lib/subscription-words"
import { Form } from "../common/form"
import { FormDrawer } from "../common/form-drawer"
import { TextareaField } from "../common/form-fields"

// The API's limit on the note (StoreCancelRoutineSubscription), said in words here.
const NOTE_MAX = 2000

/** Both optional: "" is no reason given. */
export const cancelSchema = z.object({
  reason: z.union([z.enum(SUBSCRIPTION_CANCEL_REASONS), z.literal("")]),
  note: z.string().max(NOTE_MAX, `Keep the note under ${NOTE_MAX.toLocaleString("en-US")} characters`),
})
export type CancelValues = z.infer<typeof cancelSchema>

const EMPTY: CancelValues = { reason: "", note: "" }

const SERVER_FIELDS: ServerFields<CancelValues> = {
  reason: { path: "reason", label: "Reason" },
  note: { path: "note", label: "Note" },
}

/**
 * Cancel the subscription, with why if the merchant knows (the shopper
 * said so on the phone, a chargeback): a reason from the shopper's own
 * list and a note, both optional, shown on the page once cancelled.
 */
export const CancelDrawer = ({
  subscription,
  open,
  onOpenChange,
}: {
  subscription: RoutineSubscription
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const form = useForm<CancelValues>({ defaultValues: EMPTY, resolver: zodResolver(cancelSchema) })
  const change = useChangeRoutineSubscription(subscription.id)

  useEffect(() => {
    if (open) form.reset(EMPTY)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const cancel = ({ reason, note }: CancelValues) =>
    change.mutate(
      { action: "cancel", body: { ...(reason && { reason }), ...(note.trim() && { note: note.trim() }) } },
      {
        onSuccess: () => {
          toast.success("Subscription cancelled")
          onOpenChange(false)
        },
        onError: (error) => showServerError(form, error, { fields: SERVER_FIELDS, thing: "subscription" }),
      }
    )

  return (
    <FormDrawer
      title="Cancel subscription"
      description="Cancel the subscription, with an optional reason and note."
      open={open}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={cancel}
      isPending={change.isPending}
      submitLabel="Cancel subscription"
    >
      <Text size="small" className="text-ui-fg-subtle">
        No refill will be ordered again. A cancelled subscription cannot be resumed: the shopper would subscribe anew.
      </Text>
      <Form.Field
        control={form.control}
        name="reason"
        render={({ field: { onChange, ref, ...field } }) => (
          <Form.Item>
            <Form.Label>Reason</Form.Label>
            <Select {...field} onValueChange={onChange}>
              <Form.Control>
                <Select.Trigger ref={ref}>
                  <Select.Value placeholder="No reason given" />
                </Select.Trigger>
              </Form.Control>
              <Select.Content>
                {SUBSCRIPTION_CANCEL_REASONS.map((reason) => (
                  <Select.Item key={reason} value={reason}>
                    {CANCEL_REASON_WORDS[reason]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Form.Hint>Optional: the reasons a shopper can give when they cancel.</Form.Hint>
            <Form.ErrorMessage />
          </Form.Item>
        )}
      />
      <TextareaField control={form.control} name="note" label="Note" hint="Optional: shown on the subscription." />
    </FormDrawer>
  )
}
