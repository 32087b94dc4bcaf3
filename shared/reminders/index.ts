/**
 * Reminders and scheduled posts (pure): the kinds (`kinds/`, one record each, collected in
 * `registry.ts`), the schedule that runs them, lead times, and the words they share.
 */
export { meetingStart, reminderDueAt } from "./calendar";
export * from "./dates";
export * from "./items";
export * from "./kind";
export * from "./kinds/adjustments";
export * from "./kinds/agreement-end";
export * from "./kinds/cadence";
export * from "./kinds/meeting";
export * from "./kinds/meeting-changes";
export * from "./kinds/projection";
export * from "./kinds/safety-plan";
export * from "./kinds/status-report";
export * from "./lead-times";
export * from "./registry";
export * from "./schedule";
export { untilText } from "./texts";
