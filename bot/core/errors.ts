/** The tracker could not be read and no earlier good copy exists. */
export class TrackerUnavailableError extends Error {
  constructor(
    message: string,
    /** One line for the logs: which file, what went wrong. */
    readonly reason: string,
  ) {
    super(message);
  }
}
