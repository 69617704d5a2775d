import { Hint, Input, Textarea } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { get, useFormState, type Control, type FieldPath, type FieldValues } from "react-hook-form"
import { Form } from "./form"

type FieldProps<T extends FieldValues> = {
  control: Control<T>
  name: FieldPath<T>
  label: string
  hint?: ReactNode
}

/** A labelled one-line field with its hint and, under it, its error. */
export const InputField = <T extends FieldValues>({
  control,
  name,
  label,
  hint,
  ...input
}: FieldProps<T> & Omit<ComponentProps<typeof Input>, "name" | "value" | "onChange" | "onBlur">) => (
  <Form.Field
    control={control}
    name={name}
    render={({ field }) => (
      <Form.Item>
        <Form.Label>{label}</Form.Label>
        <Form.Control>
          <Input {...input} {...field} value={field.value ?? ""} />
        </Form.Control>
        {hint && <Form.Hint>{hint}</Form.Hint>}
        <Form.ErrorMessage />
      </Form.Item>
    )}
  />
)

/** A labelled text area with its hint and, under it, its error. */
export const TextareaField = <T extends FieldValues>({ control, name, label, hint }: FieldProps<T>) => (
  <Form.Field
    control={control}
    name={name}
    render={({ field }) => (
      <Form.Item>
        <Form.Label>{label}</Form.Label>
        <Form.Control>
          <Textarea {...field} value={field.value ?? ""} />
        </Form.Control>
        {hint && <Form.Hint>{hint}</Form.Hint>}
        <Form.ErrorMessage />
      </Form.Item>
    )}
  />
)

/**
 * The error of a group of fields (the tiers, the amounts) that no one of
 * them owns: "add a tier", "set at least one amount".
 */
export const GroupError = ({ name, id }: { name: string; id?: string }) => {
  const { errors } = useFormState({ name })
  const error = get(errors, name)
  const message = error?.message ?? error?.root?.message
  if (!message) return null
  return (
    <Hint id={id} variant="error" data-testid="field-error" role="alert">
      {String(message)}
    </Hint>
  )
}
