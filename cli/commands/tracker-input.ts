/** Loading a tracker for a command: file errors become one line and exit 2 (InputError). */
import { checkClock, type LoadedTracker, loadTrackerFile, TrackerFileError } from "../../files/tracker-file";
import { InputError, UsageError } from "../command";

export async function loadTrackerForCommand(
  path: string,
  agreement: string | undefined,
  today: string | undefined,
): Promise<LoadedTracker> {
  const now = checkClock(today);
  if (!now) throw new UsageError(`--today / PARTNERSKAB_NOW must be a date (YYYY-MM-DD), not "${today ?? process.env.PARTNERSKAB_NOW}"`);
  try {
    return await loadTrackerFile(path, { agreement, now });
  } catch (err) {
    if (err instanceof TrackerFileError) throw new InputError(err.message);
    throw err;
  }
}
