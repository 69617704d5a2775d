import { MedusaService } from "@medusajs/framework/utils"
import { CareStep } from "./models/care-step"
import { Routine } from "./models/routine"
import { RoutineBundle } from "./models/routine-bundle"
import { RoutineBundleItem } from "./models/routine-bundle-item"
import { RoutineDiscountAmount } from "./models/routine-discount-amount"
import { Symptom } from "./models/symptom"

class RoutineModuleService extends MedusaService({
  Routine,
  CareStep,
  Symptom,
  RoutineDiscountAmount,
  RoutineBundle,
  RoutineBundleItem,
}) {}

export default RoutineModuleService
