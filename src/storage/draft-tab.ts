// One tab's side of the draft: changes kept as functions until written, so a change made before
// the draft loads, or while another tab writes, goes on top of those answers instead of over
// them. `known` is the draft as this tab last read or wrote it: when the tab leaves, what it
// changed since (known to screen, and since its write in flight) is left beside the draft, never
// its whole screen over it.
import { emptyAssessment, type Assessment } from '../clinical';
import type { DraftState, DraftStore } from './draft';

export type Change = (a: Assessment) => Assessment;
export { LEAVE_PREFIX } from './leave-key';

export interface TabEvents {
  /** The answers on screen this moment. */
  screen(): Assessment;
  /** Answers to put on screen: the loaded draft, or another tab's on top of this one's. */
  show(a: Assessment, fromOtherTab: boolean): void;
  loaded?(draft: DraftState | null): void;
  /** A write succeeded (true) or was refused (false). */
  saved(ok: boolean): void;
  /** Tell the other tabs: a revision was written, or a change was left for them to apply. */
  notify?(message: { rev?: number; left?: true }): void;
}

export class DraftTab {
  readonly pending: Change[] = [];
  rev = 0;
  private known: Assessment = emptyAssessment();
  private writing: Promise<void> | null = null;
  /** What the write in flight writes, as this tab sees it (the screen when it started). */
  private inflight: Assessment | null = null;
  private loadedYet = false;
  private leaving = false;
  readonly id: string;

  constructor(
    private readonly store: DraftStore,
    private readonly events: TabEvents,
    id: string = typeof crypto !== 'undefined' && crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2),
  ) {
    this.id = id;
  }

  get loaded() {
    return this.loadedYet;
  }
  get busy() {
    return this.writing !== null || this.pending.length > 0;
  }

  start(): Promise<void> {
    return this.store
      .load()
      .catch(() => null)
      .then((draft) => {
        this.loadedYet = true;
        this.events.loaded?.(draft);
        if (draft) {
          this.rev = draft.rev;
          this.known = draft.assessment;
          this.events.show(this.pending.reduce((x, f) => f(x), draft.assessment), false);
        }
        this.write();
      });
  }

  /** Queues a change already shown on screen, and writes it. */
  push(change: Change): void {
    this.pending.push(change);
    this.write();
  }

  /** Writes every pending change in one transaction; repeats while more arrive. */
  write(): void {
    if (!this.loadedYet || this.writing || this.pending.length === 0) return;
    const batch = this.pending.slice();
    const all: Change = (a) => batch.reduce((x, f) => f(x), a);
    this.inflight = this.events.screen();
    this.writing = this.store
      .change(all, this.inflight, this.rev, this.id)
      .then(
        (r) => {
          this.pending.splice(0, batch.length);
          this.rev = r.rev;
          this.known = r.assessment;
          this.events.saved(true);
          if (r.rebased) this.events.show(this.pending.reduce((x, f) => f(x), r.assessment), true);
          this.events.notify?.({ rev: r.rev });
        },
        () => {
          // Not written: keep the answers on screen, say so, and try again at the next change.
          this.pending.splice(0, batch.length);
          // A write cut off as the page went is in the change left beside the draft: not a failure.
          if (!this.leaving) this.events.saved(false);
        },
      )
      .finally(() => {
        this.writing = null;
        this.inflight = null;
        this.write();
      });
  }

  /** Another tab wrote (or left a change): show the newest answers unless this tab's own change is about to go on top. */
  otherWrote(message: { rev?: number; left?: true }): void {
    if (!this.loadedYet || this.busy) return;
    if (!message.left && (typeof message.rev !== 'number' || message.rev <= this.rev)) return;
    void this.store.load().then((d) => {
      if (!d || d.rev <= this.rev || this.busy) return;
      this.rev = d.rev;
      this.known = d.assessment;
      this.events.show(d.assessment, true);
    }, () => undefined);
  }

  /**
   * The page is going (`going`: pagehide) or hidden: leave this tab's change beside the draft, in
   * one request committed at once. The write in flight is left to finish if it can.
   */
  leave(going: boolean): void {
    // Before the draft has loaded, `known` is the empty screen the changes were made on: what
    // is left is exactly those changes, for the next read to apply on top of the draft.
    if (!this.pending.length) return;
    this.leaving = going;
    try {
      this.store.saveNow({ tab: this.id, base: this.known, screen: this.events.screen(), ...(this.inflight ? { inflight: this.inflight } : {}) });
      if (going) this.events.notify?.({ left: true });
    } catch {
      // Not written (an answer that does not validate, storage gone): nothing more can be done as the page goes.
    }
  }

  /** Back from the back-forward cache: writes fail for real again. */
  back(): void {
    this.leaving = false;
  }

  /** Resolves once the answers on screen are written, e.g. before an update reloads the page. */
  async flush(): Promise<void> {
    await this.writing;
    await this.store.save(this.events.screen());
  }
}
