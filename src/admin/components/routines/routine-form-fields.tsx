import { LockClosedSolid } from "@medusajs/icons"
import { Hint, RadioGroup, Select, Text } from "@medusajs/ui"
import { useFormContext, useWatch } from "react-hook-form"
import { DISCOUNT_KINDS, DISCOUNT_TYPES, discountKind } from "../../../lib/discount-kinds"
import { Form } from "../common/form"
import { GroupError, InputField, TextareaField } from "../common/form-fields"
import { DiscountTiersFields } from "./discount-tiers-fields"
import { DEFAULT_POLICY, type RoutineFormValues } from "./routine-form"
import { RoutinePageFields } from "./routine-page-fields"

type RoutineFormFieldsProps = {
  // Every currency a region sells in, plus any the routine already has.
  currencies: string[]
  // Why the user may not change the offer (routine_offer:update): its
  // fields show what is set, disabled, under the reason.
  offerDeniedReason?: string
}

/** Every currency a region sells in, plus any the routine already has an amount for. */
export const offerCurrencies = (
  regions: { currency_code: string }[] | undefined,
  amounts: RoutineFormValues["amounts"]
) =>
  [...new Set([...(regions ?? []).map((r) => r.currency_code), ...Object.keys(amounts)])].sort()

export const RoutineFormFields = ({ currencies, offerDeniedReason }: RoutineFormFieldsProps) => {
  const { control } = useFormContext<RoutineFormValues>()
  const [type, rate, amounts] = useWatch({ control, name: ["discount_type", "rate", "amounts"] })
  const kind = discountKind(type)
  // Currencies a region sells in with no amount: shoppers paying in them cannot buy the routine.
  const unpriced = kind.input === "amounts" ? currencies.filter((c) => !amounts?.[c]?.trim()) : []

  return (
    <div className="flex flex-col gap-y-4">
      <InputField control={control} name="title" label="Title" />
      <InputField control={control} name="handle" label="Handle" hint="Leave empty to derive it from the title." />
      <TextareaField control={control} name="description" label="Description" />
      {/* A disabled fieldset disables every control inside it, the selects' triggers included. */}
      <fieldset
        disabled={!!offerDeniedReason}
        className="flex flex-col gap-y-4"
        aria-describedby={offerDeniedReason ? "routine-offer-denied" : undefined}
        data-testid="routine-offer-fields"
      >
        <legend className="sr-only">Offer</legend>
        {offerDeniedReason && (
          <div className="text-ui-fg-subtle flex items-start gap-x-2" id="routine-offer-denied">
            <LockClosedSolid className="mt-0.5 shrink-0" />
            <Text size="small">{offerDeniedReason}</Text>
          </div>
        )}
        <Form.Field
          control={control}
          name="discount_type"
          render={({ field: { onChange, ref, value, name } }) => (
            <Form.Item>
              <Form.Label>Discount</Form.Label>
              <Select name={name} value={value} disabled={!!offerDeniedReason} onValueChange={onChange}>
                <Form.Control>
                  <Select.Trigger ref={ref}>
                    <Select.Value />
                  </Select.Trigger>
                </Form.Control>
                <Select.Content>
                  {DISCOUNT_TYPES.map((t) => (
                    <Select.Item key={t} value={t}>
                      {DISCOUNT_KINDS[t].label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              <Form.Hint>Switching keeps what you typed for the other kinds; only the chosen one is saved.</Form.Hint>
              <Form.ErrorMessage />
            </Form.Item>
          )}
        />
        {kind.input === "percentage" && (
          <>
            <Form.Field
              control={control}
              name="rate"
              render={({ field: { onChange, value, name } }) => (
                <RadioGroup
                  name={name}
                  value={value}
                  onValueChange={onChange}
                  disabled={!!offerDeniedReason}
                  aria-label="One rate or tiers"
                  className="grid grid-cols-1 gap-2 md:grid-cols-2"
                >
                  <RadioGroup.ChoiceBox
                    value="single"
                    label="One rate"
                    description="The same percentage for every bundle."
                  />
                  <RadioGroup.ChoiceBox
                    value="tiers"
                    label="Tiers by steps bought"
                    description="More steps kept, a higher percentage."
                  />
                </RadioGroup>
              )}
            />
            {rate === "single" ? (
              <InputField
                control={control}
                name="discount_value"
                label="Percentage"
                type="number"
                min={0}
                max={100}
                step="any"
              />
            ) : (
              <DiscountTiersFields />
            )}
          </>
        )}
        {kind.input === "amounts" && (
          <div className="flex flex-col gap-y-2">
            <div className="grid grid-cols-2 gap-4">
              {currencies.map((currency) => (
                <InputField
                  key={currency}
                  control={control}
                  name={`amounts.${currency}`}
                  label={`${kind.amount?.label} (${currency.toUpperCase()})`}
                  type="number"
                  min={0}
                  step="any"
                />
              ))}
            </div>
            <GroupError name="amounts" />
            {unpriced.length > 0 && (
              <Hint variant="info" data-testid="offer-unpriced">
                No {kind.amount?.name} in {unpriced.map((c) => c.toUpperCase()).join(", ")}: shoppers paying in{" "}
                {unpriced.length === 1 ? "it" : "them"} cannot buy this routine.
              </Hint>
            )}
          </div>
        )}
        <InputField
          control={control}
          name="min_steps"
          label="Fewest steps in a bundle"
          hint="Empty: shoppers leave out optional steps only. A number: they may leave out any step they already own, down to it."
          type="number"
          min={1}
          step={1}
        />
        <Form.Field
          control={control}
          name="promotion_policy"
          render={({ field: { onChange, ref, value, name } }) => (
            <Form.Item>
              <Form.Label>Promotion codes on bundles</Form.Label>
              <Select name={name} value={value} disabled={!!offerDeniedReason} onValueChange={onChange}>
                <Form.Control>
                  <Select.Trigger ref={ref}>
                    <Select.Value />
                  </Select.Trigger>
                </Form.Control>
                <Select.Content>
                  <Select.Item value={DEFAULT_POLICY}>As the plugin is configured</Select.Item>
                  <Select.Item value="combine">Combine: promotions apply on top of the bundle price</Select.Item>
                  <Select.Item value="exclusive">Exclusive: promotions do not apply to bundles</Select.Item>
                  <Select.Item value="best_of">Best of: the larger discount, never both</Select.Item>
                </Select.Content>
              </Select>
              <Form.ErrorMessage />
            </Form.Item>
          )}
        />
      </fieldset>
      <RoutinePageFields />
    </div>
  )
}

