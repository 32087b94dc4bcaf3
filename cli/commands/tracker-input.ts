/** Loading a tracker for a command: file errors become one line and exit 2 (InputError). */
import { type LoadedTracker, loadTrackerFile, TrackerFileError } from "../../files/tracker-file";
import { commandClock } from "../clock-option";
import { InputError } from "../command";

export async function loadTrackerForCommand(
  path: string,
  agreement: string | undefined,
  today: string | undefined,
): Promise<LoadedTracker> {
  const now = commandClock({ name: "--today", value: today });
  try {
    return await loadTrackerFile(path, { agreement, now });
  } catch (err) {
    if (err instanceof TrackerFileError) throw new InputError(err.message);
    throw err;
  }
}
