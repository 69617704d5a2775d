import { Module } from "@medusajs/framework/utils"
import validateOptions from "./loaders/validate-options"
import RoutineModuleService from "./service"

export const ROUTINE_MODULE = "routine"

export default Module(ROUTINE_MODULE, {
  service: RoutineModuleService,
  loaders: [validateOptions],
})
