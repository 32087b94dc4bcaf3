/**
 * The tracker from a workbook on disk (TRACKER_FILE). It looks at the file's mtime and size (one
 * stat, at most every half second) and reads it again only when they changed. A file that cannot be read
 * (missing, half-written, not a workbook, or one a cap cut short: shared/tracker/limits.ts) keeps
 * the last good copy in use, marked stale, so the answers say how old their figures are; the
 * fault is logged once per version of the file.
 */
import { stat } from "node:fs/promises";
import { resolveAgreement } from "../../files/agreement-file";
import { loadTrackerFile } from "../../files/tracker-file";
import { countIssues, cutShort } from "../../shared/index";
import type { Clock, Logger, TrackerSnapshot, TrackerSource } from "../core/ports";
import { LastGoodCopy } from "./last-good-copy";

export interface FileTrackerSourceOptions {
  path: string;
  /** AGREEMENT: a bundled id or a JSON file, for a workbook whose `Aftale` sheet names none. */
  agreement?: string | undefined;
  clock: Clock;
  logger: Logger;
  /**
   * Look at the file at most this often (milliseconds of real time; default 500). A busy bot
   * then costs one stat per half second, not one per message; 0 looks on every call (tests).
   */
  checkIntervalMs?: number;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "unknown error";
}

const UNREADABLE = "the tracker cannot be read";

export class FileTrackerSource implements TrackerSource {
  private readonly copy = new LastGoodCopy();
  /** The file version (mtime, size) last read or tried, and why it failed if it did. */
  private seenVersion: string | undefined;
  private failure: string | undefined;
  private reading: Promise<TrackerSnapshot> | undefined;
  constructor(private readonly options: FileTrackerSourceOptions) {
    // A bad AGREEMENT is a setup mistake: fail at start with its one-line reason.
    if (options.agreement) resolveAgreement(options.agreement);
  }

  private checkedAt = Number.NEGATIVE_INFINITY;
  private lastResult: TrackerSnapshot | undefined;

  onChange(listener: () => void): void {
    this.copy.onChange(listener);
  }

  current(): Promise<TrackerSnapshot> {
    const now = performance.now();
    if (this.lastResult && now - this.checkedAt < (this.options.checkIntervalMs ?? 500)) return Promise.resolve(this.lastResult);
    // Concurrent messages share one stat/read instead of racing to read the same file.
    this.reading ??= this.refresh()
      .then((snapshot) => {
        this.lastResult = snapshot;
        this.checkedAt = performance.now();
        return snapshot;
      })
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }

  private async refresh(): Promise<TrackerSnapshot> {
    let version: string;
    try {
      const s = await stat(this.options.path);
      version = `${s.mtimeMs}:${s.ctimeMs}:${s.size}`;
    } catch (err) {
      return this.fallBack(
        "missing",
        `cannot open tracker file ${this.options.path}: ${(err as NodeJS.ErrnoException).code ?? firstLine(err)}`,
      );
    }
    if (version !== this.seenVersion) {
      this.seenVersion = version;
      await this.read(version);
    }
    // No failure: the last read of this version was good, so the copy is fresh.
    return this.failure ? this.fallBack(version, this.failure) : (this.copy.current ?? this.copy.stale(UNREADABLE, "not read yet"));
  }

  private async read(version: string): Promise<void> {
    try {
      const loaded = await loadTrackerFile(this.options.path, {
        ...(this.options.agreement ? { agreement: this.options.agreement } : {}),
        now: this.options.clock.now(),
      });
      // A sheet cut short by a cap is missing figures: answers go on from the last good copy.
      const cut = cutShort(loaded.issues);
      if (cut) {
        this.failure = `tracker file ${this.options.path} is cut short: ${cut.message.en}`;
        return;
      }
      this.copy.fresh({ agreement: loaded.agreement, tracker: loaded.data, readAt: this.options.clock.now() });
      this.failure = undefined;
      const { errors, warnings } = countIssues(loaded.issues);
      this.options.logger.info({ file: this.options.path, agreement: loaded.agreement.id, errors, warnings, version }, "tracker read");
    } catch (err) {
      this.failure = `cannot read tracker file ${this.options.path}: ${firstLine(err)}`;
    }
  }

  private loggedFailure: string | undefined;

  private fallBack(version: string, reason: string): TrackerSnapshot {
    const key = `${version}|${reason}`;
    if (this.loggedFailure !== key) {
      this.loggedFailure = key;
      this.options.logger.warn(
        { file: this.options.path, reason, keptCopyFrom: this.copy.current?.readAt.toISOString() ?? null },
        "tracker unreadable",
      );
    }
    if (version === "missing") this.seenVersion = undefined;
    return this.copy.stale(UNREADABLE, reason);
  }
}
