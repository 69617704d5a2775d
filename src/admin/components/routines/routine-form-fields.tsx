import { LockClosedSolid } from "@medusajs/icons"
import { Input, Select, Text, Textarea } from "@medusajs/ui"
import { useRegions } from "../../hooks/regions"
import { DISCOUNT_KINDS, DISCOUNT_TYPES, discountKind, type DiscountType } from "../../../lib/discount-kinds"
import { FormField } from "../common/form-field"
import { DiscountTiersFields } from "./discount-tiers-fields"
import { DEFAULT_POLICY, type RoutineFormValues } from "./routine-form"

type RoutineFormFieldsProps = {
  values: RoutineFormValues
  onChange: (values: RoutineFormValues) => void
  // Why the user may not change the offer (routine_offer:update): its
  // fields show what is set, disabled, under the reason.
  offerDeniedReason?: string
}

export const RoutineFormFields = ({ values, onChange, offerDeniedReason }: RoutineFormFieldsProps) => {
  const { data: regionData } = useRegions()
  const set = <K extends keyof RoutineFormValues>(key: K, value: RoutineFormValues[K]) =>
    onChange({ ...values, [key]: value })

  // Every currency a region sells in, plus any the routine already has.
  const currencies = [
    ...new Set([
      ...(regionData?.regions ?? []).map((r) => r.currency_code),
      ...Object.keys(values.amounts),
    ]),
  ].sort()
  const kind = discountKind(values.discount_type)

  return (
    <div className="flex flex-col gap-y-4">
      <FormField id="routine-title" label="Title">
        <Input
          id="routine-title"
          value={values.title}
          onChange={(e) => set("title", e.target.value)}
          required
        />
      </FormField>
      <FormField id="routine-handle" label="Handle" hint="Leave empty to derive it from the title.">
        <Input
          id="routine-handle"
          value={values.handle}
          onChange={(e) => set("handle", e.target.value)}
        />
      </FormField>
      <FormField id="routine-description" label="Description">
        <Textarea
          id="routine-description"
          value={values.description}
          onChange={(e) => set("description", e.target.value)}
        />
      </FormField>
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
        <FormField id="routine-discount-type" label="Discount">
          <Select
            disabled={!!offerDeniedReason}
            value={values.discount_type}
            onValueChange={(value) => set("discount_type", value as DiscountType)}
          >
            <Select.Trigger id="routine-discount-type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {DISCOUNT_TYPES.map((type) => (
                <Select.Item key={type} value={type}>
                  {DISCOUNT_KINDS[type].label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        {kind.input === "percentage" && (
          <>
            {values.tiers.length === 0 && (
              <FormField id="routine-discount-value" label="Percentage">
                <Input
                  id="routine-discount-value"
                  type="number"
                  min={0}
                  max={100}
                  step="any"
                  value={values.discount_value}
                  onChange={(e) => set("discount_value", e.target.value)}
                />
              </FormField>
            )}
            <DiscountTiersFields tiers={values.tiers} onChange={(tiers) => set("tiers", tiers)} />
          </>
        )}
        {kind.input === "amounts" && (
          <div className="grid grid-cols-2 gap-4">
            {currencies.map((currency) => (
              <FormField
                key={currency}
                id={`routine-discount-${currency}`}
                label={`${kind.amount?.label} (${currency.toUpperCase()})`}
              >
                <Input
                  id={`routine-discount-${currency}`}
                  type="number"
                  min={0}
                  step="any"
                  value={values.amounts[currency] ?? ""}
                  onChange={(e) =>
                    set("amounts", { ...values.amounts, [currency]: e.target.value })
                  }
                />
              </FormField>
            ))}
          </div>
        )}
        <FormField
          id="routine-min-steps"
          label="Fewest steps in a bundle"
          hint="Empty: shoppers leave out optional steps only. A number: they may leave out any step they already own, down to it."
        >
          <Input
            id="routine-min-steps"
            type="number"
            min={1}
            value={values.min_steps}
            onChange={(e) => set("min_steps", e.target.value)}
          />
        </FormField>
        <FormField id="routine-promotion-policy" label="Promotion codes on bundles">
          <Select
            disabled={!!offerDeniedReason}
            value={values.promotion_policy}
            onValueChange={(value) => set("promotion_policy", value as RoutineFormValues["promotion_policy"])}
          >
            <Select.Trigger id="routine-promotion-policy">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={DEFAULT_POLICY}>As the plugin is configured</Select.Item>
              <Select.Item value="combine">Combine: promotions apply on top of the bundle price</Select.Item>
              <Select.Item value="exclusive">Exclusive: promotions do not apply to bundles</Select.Item>
              <Select.Item value="best_of">Best of: the larger discount, never both</Select.Item>
            </Select.Content>
          </Select>
        </FormField>
      </fieldset>
    </div>
  )
}
