import { zodResolver } from "@hookform/resolvers/zod"
import { Input, Select, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import type { RoutineSubscription } from "../../../types"
import { Form } from "../common/form"
import { FormDrawer } from "../common/form-drawer"
import { useChangeRoutineSubscription } from "../../hooks/routine-subscriptions"
import { showServerError, type ServerFields } from "../../lib/server-errors"
import { intervalWords } from "../../lib/subscription-words"

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The next renewal as a day (UTC, as the list filters it); the time of day stays the subscription's. */
export const scheduleSchema = (today: string) =>
  z.object({
    interval_weeks: z.string().min(1, "Choose how often the routine is sent"),
    next_renewal_day: z
      .string()
      .regex(DAY, "Enter the next renewal's date")
      .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), "Enter a real date")
      .refine((day) => day >= today, "The next renewal cannot be in the past: choose today or a later day"),
  })
export type ScheduleValues = z.infer<ReturnType<typeof scheduleSchema>>

const SERVER_FIELDS: ServerFields<ScheduleValues> = {
  interval_weeks: { path: "interval_weeks", label: "Interval" },
  next_renewal_at: { path: "next_renewal_day", label: "Next renewal" },
}

const toForm = (subscription: RoutineSubscription): ScheduleValues => ({
  interval_weeks: String(subscription.interval_weeks),
  next_renewal_day: subscription.next_renewal_at.slice(0, 10),
})

/** The new day at the renewal's time of day: moving the date does not move the hour the job renews it. */
const nextRenewalAt = (subscription: RoutineSubscription, day: string) =>
  `${day}${new Date(subscription.next_renewal_at).toISOString().slice(10)}`

/**
 * Change how often the routine is sent (one of the intervals the routine
 * offers, or the one it has) and the next renewal's date. Only what changed
 * is sent: the server moves the next renewal with a new interval.
 */
export const ScheduleDrawer = ({
  subscription,
  offered,
  open,
  onOpenChange,
}: {
  subscription: RoutineSubscription
  offered: number[]
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const today = new Date().toISOString().slice(0, 10)
  const form = useForm<ScheduleValues>({ defaultValues: toForm(subscription), resolver: zodResolver(scheduleSchema(today)) })
  const change = useChangeRoutineSubscription(subscription.id)
  const intervals = [...new Set([...offered, subscription.interval_weeks])].sort((a, b) => a - b)

  useEffect(() => {
    if (open) form.reset(toForm(subscription))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, subscription])

  const save = (values: ScheduleValues) => {
    const current = toForm(subscription)
    const body = {
      ...(values.interval_weeks !== current.interval_weeks && { interval_weeks: Number(values.interval_weeks) }),
      ...(values.next_renewal_day !== current.next_renewal_day && { next_renewal_at: nextRenewalAt(subscription, values.next_renewal_day) }),
    }
    if (!Object.keys(body).length) {
      onOpenChange(false)
      return
    }
    change.mutate(
      { action: "update", body },
      {
        onSuccess: () => {
          toast.success("Schedule saved")
          onOpenChange(false)
        },
        onError: (error) => showServerError(form, error, { fields: SERVER_FIELDS, thing: "subscription" }),
      }
    )
  }

  return (
    <FormDrawer
      title="Change schedule"
      description="Change how often the routine is sent and the next renewal's date."
      open={open}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      isPending={change.isPending}
    >
      <Form.Field
        control={form.control}
        name="interval_weeks"
        render={({ field: { onChange, ref, ...field } }) => (
          <Form.Item>
            <Form.Label>Interval</Form.Label>
            <Select {...field} onValueChange={onChange}>
              <Form.Control>
                <Select.Trigger ref={ref}>
                  <Select.Value />
                </Select.Trigger>
              </Form.Control>
              <Select.Content>
                {intervals.map((weeks) => (
                  <Select.Item key={weeks} value={String(weeks)}>
                    {intervalWords(weeks)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Form.Hint>
              {offered.length ? `The routine offers ${offered.map((w) => `${w}`).join(", ")} weeks.` : "The routine offers no intervals now."}
            </Form.Hint>
            <Form.ErrorMessage />
          </Form.Item>
        )}
      />
      <Form.Field
        control={form.control}
        name="next_renewal_day"
        render={({ field }) => (
          <Form.Item>
            <Form.Label>Next renewal</Form.Label>
            <Form.Control>
              <Input type="date" {...field} />
            </Form.Control>
            <Form.Hint>The day (UTC) the next refill is ordered; a new interval moves it by the difference.</Form.Hint>
            <Form.ErrorMessage />
          </Form.Item>
        )}
      />
    </FormDrawer>
  )
}
