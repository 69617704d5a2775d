import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ROUTINE_MODULE } from ".."
import RoutineModuleService from "../service"

jest.setTimeout(60 * 1000)

/** A routine with two steps and a fixed discount in EUR. */
const createCalmSkin = async (
  service: RoutineModuleService,
  handle = "calm-skin"
) => {
  const routine = await service.createRoutines({ handle, title: "Calm skin" })
  await service.createCareSteps([
    { routine_id: routine.id, position: 1, handle: "cleanse", title: "Cleanse" },
    { routine_id: routine.id, position: 2, handle: "soothe", title: "Soothe" },
  ])
  await service.createRoutineDiscountAmounts({
    routine_id: routine.id,
    currency_code: "eur",
    amount: 500,
  })
  return routine
}

moduleIntegrationTestRunner<RoutineModuleService>({
  moduleName: ROUTINE_MODULE,
  resolve: path.join(__dirname, ".."),
  // The schema under test is the one the migrations build, constraints included.
  pathToMigrations: path.join(__dirname, "../migrations"),
  testSuite: ({ service }) => {
    describe("routine module", () => {
      it("creates a routine with its steps and discount amounts", async () => {
        const created = await createCalmSkin(service)

        const routine = await service.retrieveRoutine(created.id, {
          relations: ["steps", "discount_amounts"],
        })
        expect(routine).toMatchObject({
          id: expect.stringMatching(/^rtn_/),
          status: "draft",
          discount_type: "percentage",
          discount_value: 0,
        })
        expect(routine.steps.map((s) => s.id)).toEqual([
          expect.stringMatching(/^cstep_/),
          expect.stringMatching(/^cstep_/),
        ])
        expect(routine.discount_amounts).toEqual([
          expect.objectContaining({ currency_code: "eur", amount: 500 }),
        ])
      })

      it("rejects a second routine with the same handle", async () => {
        await service.createRoutines({ handle: "calm-skin", title: "A" })
        const error = await service
          .createRoutines({ handle: "calm-skin", title: "B" })
          .catch((e) => e)
        expect(error).toMatchObject({
          type: "invalid_data",
          message: "Routine with handle: calm-skin, already exists.",
        })
      })

      it("frees a handle once its routine is soft-deleted", async () => {
        const first = await service.createRoutines({
          handle: "calm-skin",
          title: "A",
        })
        await service.softDeleteRoutines([first.id])
        const second = await service.createRoutines({
          handle: "calm-skin",
          title: "B",
        })
        expect(second.handle).toEqual("calm-skin")
      })

      it("rejects two live steps at one position of a routine", async () => {
        const routine = await createCalmSkin(service)
        const error = await service
          .createCareSteps({
            routine_id: routine.id,
            position: 2,
            handle: "protect",
            title: "Protect",
          })
          .catch((e) => e)
        expect(error.message).toEqual(
          `Care step with routine_id: ${routine.id}, "position": 2, already exists.`
        )
      })

      it("allows the same position in different routines", async () => {
        await createCalmSkin(service)
        const other = await createCalmSkin(service, "other")
        expect(
          await service.listCareSteps({ routine_id: other.id })
        ).toHaveLength(2)
      })

      it("rejects a duplicate step handle within a routine", async () => {
        const routine = await createCalmSkin(service)
        const error = await service
          .createCareSteps({
            routine_id: routine.id,
            position: 3,
            handle: "soothe",
            title: "Soothe again",
          })
          .catch((e) => e)
        expect(error.message).toEqual(
          `Care step with routine_id: ${routine.id}, handle: soothe, already exists.`
        )
      })

      it("rejects a duplicate currency in a routine's discount amounts", async () => {
        const routine = await createCalmSkin(service)
        const error = await service
          .createRoutineDiscountAmounts({
            routine_id: routine.id,
            currency_code: "eur",
            amount: 100,
          })
          .catch((e) => e)
        expect(error.message).toEqual(
          `Routine discount amount with routine_id: ${routine.id}, currency_code: eur, already exists.`
        )
      })

      it.each([
        [{ position: 0 }, "care_step_position_positive"],
        [{ position: -1 }, "care_step_position_positive"],
      ])("checks care step %j", async (values, constraint) => {
        const routine = await service.createRoutines({
          handle: "calm-skin",
          title: "A",
        })
        const error = await service
          .createCareSteps({
            routine_id: routine.id,
            handle: "x",
            title: "X",
            ...values,
          })
          .catch((e) => e)
        expect(error.message).toContain(constraint)
      })

      it.each([
        [{ discount_type: "percentage", discount_value: 101 }],
        [{ discount_type: "percentage", discount_value: -1 }],
        [{ discount_type: "fixed", discount_value: -1 }],
      ] as const)("checks the routine discount %j", async (values) => {
        const error = await service
          .createRoutines({ handle: "calm-skin", title: "A", ...values })
          .catch((e) => e)
        expect(error.message).toContain("routine_discount_value_range")
      })

      it("accepts a fixed discount value above 100", async () => {
        const routine = await service.createRoutines({
          handle: "calm-skin",
          title: "A",
          discount_type: "fixed",
          discount_value: 2500,
        })
        expect(routine.discount_value).toEqual(2500)
      })

      it("checks that a discount amount is not negative", async () => {
        const routine = await service.createRoutines({
          handle: "calm-skin",
          title: "A",
        })
        const error = await service
          .createRoutineDiscountAmounts({
            routine_id: routine.id,
            currency_code: "eur",
            amount: -1,
          })
          .catch((e) => e)
        expect(error.message).toContain("routine_discount_amount_non_negative")
      })

      it("soft-deletes a routine with its steps and amounts, and restores them", async () => {
        const routine = await createCalmSkin(service)

        await service.softDeleteRoutines([routine.id])
        expect(await service.listRoutines({ id: routine.id })).toEqual([])
        expect(await service.listCareSteps({ routine_id: routine.id })).toEqual(
          []
        )
        expect(
          await service.listRoutineDiscountAmounts({ routine_id: routine.id })
        ).toEqual([])
        const [deletedSteps] = await service.listAndCountCareSteps(
          { routine_id: routine.id },
          { withDeleted: true }
        )
        expect(deletedSteps.every((s) => s.deleted_at)).toBe(true)

        await service.restoreRoutines([routine.id])
        expect(await service.listCareSteps({ routine_id: routine.id })).toHaveLength(
          2
        )
        expect(
          await service.listRoutineDiscountAmounts({ routine_id: routine.id })
        ).toHaveLength(1)
      })

      it("frees a position once its step is soft-deleted", async () => {
        const routine = await createCalmSkin(service)
        const [second] = await service.listCareSteps({
          routine_id: routine.id,
          position: 2,
        })
        await service.softDeleteCareSteps([second.id])
        const replacement = await service.createCareSteps({
          routine_id: routine.id,
          position: 2,
          handle: "soothe",
          title: "Soothe, new",
        })
        expect(replacement.position).toEqual(2)
      })

      it("hard-deletes a routine's steps and amounts with it", async () => {
        const routine = await createCalmSkin(service)
        await service.deleteRoutines([routine.id])
        const [steps] = await service.listAndCountCareSteps(
          { routine_id: routine.id },
          { withDeleted: true }
        )
        const [amounts] = await service.listAndCountRoutineDiscountAmounts(
          { routine_id: routine.id },
          { withDeleted: true }
        )
        expect(steps).toEqual([])
        expect(amounts).toEqual([])
      })

      it("finds symptoms by a free-text search on name and handle", async () => {
        await service.createSymptoms([
          { handle: "redness", name: "Redness and irritation" },
          { handle: "dry-flaky", name: "Cracked, flaky skin" },
        ])
        const byName = await service.listSymptoms({ q: "flaky" })
        expect(byName.map((s) => s.handle)).toEqual(["dry-flaky"])
      })

      it("rejects a duplicate symptom handle", async () => {
        await service.createSymptoms({ handle: "redness", name: "Redness" })
        const error = await service
          .createSymptoms({ handle: "redness", name: "Again" })
          .catch((e) => e)
        expect(error.message).toEqual(
          "Symptom with handle: redness, already exists."
        )
      })
    })
  },
})
