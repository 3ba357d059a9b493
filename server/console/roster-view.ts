// The server's roster for the console, kept in memory and brought up to date at each read from the
// events stored since the last one (by server_seq, through the partial index events_roster_seq):
// a read on 10,000 learners costs two index lookups when nothing changed, never a fold of the
// whole history. The first read after a start folds everything once (the same fold as the admin
// worker, server/jobs/roster-fold.ts).
import type { Queryable } from '../db';
import { RosterFold, type Roster } from '../jobs/roster-fold';
import { rosterPage, topServerSeq } from '../store/events';
import type { KioskEvent } from '../../shared/types';

export interface RosterSnapshot {
  /** The live maps: read them before the next await, never change them. */
  roster: Readonly<Roster>;
  /** Every event up to this server_seq is folded in. */
  seq: number;
  /** Moves whenever the roster changes (0: no roster yet): a version to cache by. */
  changedAt: number;
}

/** Roster events read per statement while catching up. */
const PAGE = 2_000;

export class RosterView {
  private readonly fold = new RosterFold();
  private seq = 0;
  private changedAt = 0;
  // The catch-up running now, and the one queued behind it that has not started yet: a read
  // joins the queued one, which starts after the read began, so it sees every committed event.
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(private readonly db: Queryable) {}

  /** The roster with every event committed before this call folded in. */
  async read(): Promise<RosterSnapshot> {
    if (this.queued === null) {
      const next: Promise<void> = this.running
        .catch(() => {})
        .then(() => {
          if (this.queued === next) this.queued = null;
          return this.catchUp();
        });
      this.queued = next;
      this.running = next;
    }
    await this.queued;
    return { roster: this.fold.roster, seq: this.seq, changedAt: this.changedAt };
  }

  private async catchUp(): Promise<void> {
    // Every value up to top has committed (server/store/events.ts), so pages bounded by it are
    // a settled state of the log, and the next catch-up can start right after it.
    const top = await topServerSeq(this.db);
    if (top <= this.seq) return;
    let after = this.seq;
    for (;;) {
      const page = await rosterPage(this.db, top, after, PAGE);
      for (const body of page.bodies) this.fold.apply(JSON.parse(body) as KioskEvent);
      if (page.bodies.length > 0) this.changedAt = page.next ?? top;
      if (page.next === null) break;
      after = page.next;
      this.seq = after;
    }
    this.seq = top;
  }
}
