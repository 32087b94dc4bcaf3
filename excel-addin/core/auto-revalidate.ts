/**
 * "Validér igen, når der ændres noget": validates a moment after the workbook changes, while the
 * option is ticked and the task pane is visible. In the shared runtime the pane's code keeps
 * running after it is closed, and its event handlers with it (Microsoft Learn, "Show or hide the
 * task pane"), so a hidden pane would go on repainting cells as people type: the listener is
 * removed while the pane is hidden and added again, with one catch-up validation, when it is
 * shown. No Office here: the listener and the timer are handed in.
 */
export type Remover = () => Promise<void>;

export interface AutoRevalidateDeps {
  /** Starts listening for workbook changes; resolves to a remover. */
  listen: (onChange: () => void) => Promise<Remover>;
  validate: () => Promise<void>;
  /** True while a command runs (changes it makes itself are not a reason to validate again). */
  busy: () => boolean;
  delayMs: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class AutoRevalidate {
  private enabled = false;
  private visible = true;
  private remover: Remover | undefined;
  private timer: unknown;
  /** Serialises listen/unlisten so that quick toggles cannot leave two listeners. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: AutoRevalidateDeps) {}

  get listening(): boolean {
    return this.remover !== undefined;
  }

  setEnabled(on: boolean): Promise<void> {
    this.enabled = on;
    return this.update(false);
  }

  /** The pane was shown (true) or hidden (false). */
  setVisible(visible: boolean): Promise<void> {
    const shownAgain = visible && !this.visible;
    this.visible = visible;
    return this.update(shownAgain);
  }

  private update(catchUp: boolean): Promise<void> {
    const next = this.queue.then(async () => {
      const wanted = this.enabled && this.visible;
      if (wanted && !this.remover) {
        this.remover = await this.deps.listen(() => this.changed());
        // Changes made while the pane was hidden were not seen: look once.
        if (catchUp) await this.deps.validate();
      } else if (!wanted && this.remover) {
        this.cancelTimer();
        const remove = this.remover;
        this.remover = undefined;
        await remove();
      }
    });
    // A failure reaches this caller; the next change of state starts afresh.
    this.queue = next.catch(() => undefined);
    return next;
  }

  private changed(): void {
    if (this.deps.busy() || !this.remover) return;
    this.cancelTimer();
    const set = this.deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.timer = set(() => {
      this.timer = undefined;
      if (this.remover) void this.deps.validate();
    }, this.deps.delayMs);
  }

  private cancelTimer(): void {
    if (this.timer === undefined) return;
    const clear = this.deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    clear(this.timer);
    this.timer = undefined;
  }
}
