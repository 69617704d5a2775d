import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useFieldArray, useFormContext } from "react-hook-form"
import { Form } from "../common/form"
import { GroupError } from "../common/form-fields"
import type { RoutineFormValues } from "./routine-form"

/** "3 steps: 5 %, 4 steps: 10 % …": a percentage by the number of steps a bundle holds. */
export const DiscountTiersFields = () => {
  const { control } = useFormContext<RoutineFormValues>()
  const { fields, append, remove } = useFieldArray({ control, name: "tiers" })
  return (
    <fieldset className="flex flex-col gap-y-2" aria-describedby="routine-tiers-hint">
      <legend className="txt-compact-small-plus">Tiers by steps bought</legend>
      <Text id="routine-tiers-hint" size="xsmall" className="text-ui-fg-subtle">
        A bundle gets the percentage of the highest tier its number of steps reaches; below the first tier, no
        routine discount.
      </Text>
      {fields.map((tier, index) => (
        <div key={tier.id} className="flex items-start gap-x-2" data-testid="routine-tier">
          <Form.Field
            control={control}
            name={`tiers.${index}.min_steps`}
            render={({ field }) => (
              <Form.Item className="flex flex-1 flex-col gap-y-1">
                <Form.Control>
                  <Input
                    {...field}
                    aria-label={`Tier ${index + 1}: at least this many steps`}
                    type="number"
                    min={1}
                    step={1}
                  />
                </Form.Control>
                <Form.ErrorMessage />
              </Form.Item>
            )}
          />
          <Text size="small" className="mt-2">
            steps:
          </Text>
          <Form.Field
            control={control}
            name={`tiers.${index}.percentage`}
            render={({ field }) => (
              <Form.Item className="flex flex-1 flex-col gap-y-1">
                <Form.Control>
                  <Input
                    {...field}
                    aria-label={`Tier ${index + 1}: percentage off`}
                    type="number"
                    min={0}
                    max={100}
                    step="any"
                  />
                </Form.Control>
                <Form.ErrorMessage />
              </Form.Item>
            )}
          />
          <Text size="small" className="mt-2">
            %
          </Text>
          <IconButton
            type="button"
            variant="transparent"
            aria-label={`Remove tier ${index + 1}`}
            onClick={() => remove(index)}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <GroupError name="tiers" />
      <Button
        type="button"
        variant="secondary"
        size="small"
        className="self-start"
        onClick={() => append({ min_steps: "", percentage: "" })}
      >
        Add a tier
      </Button>
    </fieldset>
  )
}
