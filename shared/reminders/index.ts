/** Meeting reminders and scheduled posts: lead times, the schedule and the texts (pure). */
export * from "./items";
export * from "./lead-times";
export * from "./schedule";
export * from "./texts";
