/** A tracker file that cannot be read at all (missing, not an .xlsx): the CLI exits 2 with this line. */
export class TrackerFileError extends Error {}
