import { Module } from "@medusajs/framework/utils"
import RoutineModuleService from "./service"

export const ROUTINE_MODULE = "routine"

export default Module(ROUTINE_MODULE, {
  service: RoutineModuleService,
})
