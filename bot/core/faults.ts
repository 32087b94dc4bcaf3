/** A fault as the log shows it: its message and stack (a thrown non-Error as text). */
export function faultForLog(err: unknown): Record<string, unknown> {
  return err instanceof Error ? { message: err.message, stack: err.stack } : { message: String(err) };
}
