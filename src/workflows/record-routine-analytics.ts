import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRoutineAnalyticsEventsStep,
  type RoutineAnalyticsEventInput,
} from "./steps/create-routine-analytics-events"

export const recordRoutineAnalyticsWorkflowId = "record-routine-analytics"

/** Writes analytics facts (see src/subscribers/routine-analytics.ts). */
export const recordRoutineAnalyticsWorkflow = createWorkflow(
  recordRoutineAnalyticsWorkflowId,
  (input: { events: RoutineAnalyticsEventInput[] }) =>
    new WorkflowResponse(createRoutineAnalyticsEventsStep(input.events))
)
