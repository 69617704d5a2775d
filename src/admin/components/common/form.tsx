import { Alert, Hint, Label } from "@medusajs/ui"
import {
  cloneElement,
  createContext,
  isValidElement,
  useContext,
  useId,
  type ReactElement,
  type ReactNode,
} from "react"
import {
  Controller,
  FormProvider,
  useFormContext,
  useFormState,
  type ControllerProps,
  type FieldPath,
  type FieldValues,
  type FormProviderProps,
} from "react-hook-form"

/**
 * The dashboard's form parts (its components/common/form), for the
 * plugin's forms: a field is a label, its control, a hint and, under it,
 * the field's error in the user's words. The control is told its label,
 * hint and error (aria-describedby, aria-invalid), so a screen reader
 * reads the error with the field.
 */

const FieldContext = createContext<{ name: string } | null>(null)
const ItemContext = createContext<{ id: string } | null>(null)

const Field = <TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>>(
  props: ControllerProps<TFieldValues, TName>
) => (
  <FieldContext.Provider value={{ name: props.name }}>
    <Controller {...props} />
  </FieldContext.Provider>
)

export const useFormField = () => {
  const field = useContext(FieldContext)
  const item = useContext(ItemContext)
  if (!field || !item) {
    throw new Error("useFormField is used inside Form.Field and Form.Item")
  }
  const { getFieldState } = useFormContext()
  const formState = useFormState({ name: field.name })
  const { error } = getFieldState(field.name, formState)
  return {
    name: field.name,
    error,
    controlId: `${item.id}-control`,
    labelId: `${item.id}-label`,
    hintId: `${item.id}-hint`,
    errorId: `${item.id}-error`,
  }
}

const Item = ({ children, className }: { children: ReactNode; className?: string }) => {
  const id = useId()
  return (
    <ItemContext.Provider value={{ id }}>
      <div className={className ?? "flex flex-col gap-y-2"}>{children}</div>
    </ItemContext.Provider>
  )
}

const FieldLabel = ({ children }: { children: ReactNode }) => {
  const { controlId, labelId } = useFormField()
  return (
    <Label id={labelId} htmlFor={controlId} size="small" weight="plus">
      {children}
    </Label>
  )
}

/** The one control of a field: gets its id and what describes it. */
const Control = ({ children }: { children: ReactElement<Record<string, unknown>> }) => {
  const { controlId, hintId, errorId, error } = useFormField()
  if (!isValidElement(children)) {
    return children
  }
  return cloneElement(children, {
    id: controlId,
    "aria-describedby": error ? `${hintId} ${errorId}` : hintId,
    "aria-invalid": !!error,
  })
}

const FieldHint = ({ children }: { children: ReactNode }) => {
  const { hintId } = useFormField()
  return (
    <Hint id={hintId} className="text-ui-fg-subtle">
      {children}
    </Hint>
  )
}

const ErrorMessage = () => {
  const { error, errorId } = useFormField()
  if (!error?.message) {
    return null
  }
  return (
    <Hint id={errorId} variant="error" data-testid="field-error">
      {error.message}
    </Hint>
  )
}

/**
 * What the server refused that no one field owns (a 409: the routine is
 * published, another request got there first), above the fields.
 */
const RootError = () => {
  const { errors } = useFormState()
  const message = errors.root?.server?.message ?? errors.root?.message
  if (!message) {
    return null
  }
  return (
    <Alert variant="error" dismissible={false} data-testid="form-error" role="alert">
      {String(message)}
    </Alert>
  )
}

// Its own function: Object.assign on react-hook-form's FormProvider would
// change the one the dashboard's forms use too (the dashboard assigns its
// parts onto it the same way).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const Root = <T extends FieldValues, C = any, TT = T>(props: FormProviderProps<T, C, TT>) => <FormProvider {...props} />

export const Form = Object.assign(Root, {
  Field,
  Item,
  Label: FieldLabel,
  Control,
  Hint: FieldHint,
  ErrorMessage,
  RootError,
})
