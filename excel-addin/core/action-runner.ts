/**
 * The task pane's fault boundary: every button's action runs through here. A fault is logged
 * with its stack (the browser's console is the add-in's log) and shown to the user as one
 * polite sentence, never as a stack trace or a silent button.
 */

export interface ActionReport {
  /** Shows the fault's message to the user (the task pane's status line). */
  failed(message: string): void;
  /** Records the fault itself, stack included; the console by default. */
  log?(err: unknown): void;
  /** The sentence a person is shown for the fault; the error's message by default. */
  describe?(err: unknown): string;
}

const consoleLog = (err: unknown) => console.error("Partnerskab: a task-pane action failed", err);

export async function runAction(work: () => Promise<void>, report: ActionReport): Promise<void> {
  try {
    await work();
  } catch (err) {
    (report.log ?? consoleLog)(err);
    report.failed(report.describe ? report.describe(err) : err instanceof Error ? err.message : String(err));
  }
}
