import fc from "fast-check"
import {
  hostileNumber,
  junk,
  notArray,
  notNonEmptyString,
  notRecord,
  priceField,
  unknownField,
  withField,
} from "./fuzz"

/** What the generators need to know about the demo routine and its neighbours. */
export type RoutineFuzzContext = {
  /** Step handle → the variant of a product linked to that step. */
  stepVariants: Record<string, string>
  stepIds: string[]
  symptomHandles: string[]
  symptomIds: string[]
  /** Ids of things that are not what the field asks for (products, carts, regions...). */
  foreignIds: string[]
}

type Field = { key: string; value: unknown }

const BUNDLE_FIELDS = ["symptoms", "selections", "skip_steps", "quantity"]

/**
 * A string the route cannot resolve: an id of another kind of resource or
 * random text, never one of `known`.
 */
const unresolvable = (ctx: RoutineFuzzContext, known: string[]) =>
  fc
    .oneof(fc.constantFrom(...ctx.foreignIds), fc.string({ minLength: 1, maxLength: 60 }))
    .filter((s) => s.length > 0 && !known.includes(s))

/** Valid optional fields, so that invalid ones are also met deep in the workflow. */
const validExtras = (ctx: RoutineFuzzContext) => {
  const [firstStep, ...others] = Object.keys(ctx.stepVariants)
  return fc.record(
    {
      symptoms: fc.subarray(ctx.symptomHandles),
      quantity: fc.integer({ min: 1, max: 2 }),
      selections: fc.constantFrom({}, { [firstStep]: ctx.stepVariants[firstStep] }, { [others[0]]: ctx.stepVariants[others[0]] }),
    },
    { requiredKeys: [] }
  )
}

/** One field set to something every bundle route must refuse. */
const invalidBundleField = (ctx: RoutineFuzzContext): fc.Arbitrary<Field> => {
  const steps = Object.keys(ctx.stepVariants)
  const stepKeys = [...steps, ...ctx.stepIds]
  const variants = Object.values(ctx.stepVariants)
  const field = (key: string, value: fc.Arbitrary<unknown>) => value.map((v) => ({ key, value: v }))
  // The demo routine keeps at least 3 of its 5 steps (min_steps): skipping
  // 3 or more is refused.
  const tooManySkipped = steps.length - 2
  const badSymptom = fc.oneof(
    notNonEmptyString,
    unresolvable(ctx, [...ctx.symptomHandles, ...ctx.symptomIds])
  )
  return fc.oneof(
    field("symptoms", notArray),
    field(
      "symptoms",
      fc
        .tuple(fc.subarray(ctx.symptomHandles), fc.array(badSymptom, { minLength: 1, maxLength: 3 }))
        .map(([good, bad]) => [...good, ...bad])
    ),
    field("selections", notRecord),
    field(
      "selections",
      fc.tuple(fc.constantFrom(...steps), notNonEmptyString).map(([step, v]) => ({ [step]: v }))
    ),
    // A real variant, but of another step's product.
    field(
      "selections",
      fc.constantFrom(...steps).map((step) => {
        const other = steps[(steps.indexOf(step) + 1) % steps.length]
        return { [step]: ctx.stepVariants[other] }
      })
    ),
    field(
      "selections",
      fc.tuple(unresolvable(ctx, stepKeys), fc.constantFrom(...variants)).map(([key, v]) => ({ [key]: v }))
    ),
    field(
      "selections",
      fc.constantFrom(...steps).map((step) => ({ [step]: { variant_id: ctx.stepVariants[step], unit_price: 0 } }))
    ),
    field("skip_steps", notArray),
    field("skip_steps", fc.subarray(steps, { minLength: tooManySkipped })),
    field("skip_steps", fc.array(fc.oneof(notNonEmptyString, unresolvable(ctx, stepKeys)), { minLength: 1, maxLength: 3 })),
    field(
      "quantity",
      fc.oneof(
        hostileNumber.filter((n) => !(Number.isInteger(n) && n >= 1 && n <= 100)),
        junk.filter((v) => typeof v !== "number")
      )
    ),
    priceField
  )
}

const applyFields = (base: Record<string, unknown>, fields: Field[]) =>
  fields.reduce((body, { key, value }) => withField(body, key, value), base)

/**
 * A bundle request body that must be refused: valid fields first, then one to
 * three invalid ones (a later invalid field can only replace an earlier one).
 */
export const invalidBundleBody = (
  ctx: RoutineFuzzContext,
  base: Record<string, unknown>,
  idFields: Record<string, string[]>,
  otherAllowedKeys: string[] = []
) => {
  const allowed = [...Object.keys(base), ...Object.keys(idFields), ...BUNDLE_FIELDS, ...otherAllowedKeys]
  const idField = Object.entries(idFields).map(([key, known]) =>
    fc.oneof(notNonEmptyString, unresolvable(ctx, known)).map((value) => ({ key, value }))
  )
  const invalid = fc.oneof(invalidBundleField(ctx), unknownField(allowed), ...idField)
  return fc
    .tuple(validExtras(ctx), fc.array(invalid, { minLength: 1, maxLength: 3 }))
    .map(([extras, fields]) => applyFields({ ...base, ...extras }, fields))
}
