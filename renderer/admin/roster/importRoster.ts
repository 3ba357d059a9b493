// Preview and commit of a roster import. The plan itself is shared/roster-import.ts; this module
// reads the roster it is planned against and writes it: all of it in one transaction, or nothing.
import {
  countPlan,
  planRosterImport,
  type ImportCounts,
  type RosterImportPlan,
  type RosterInput,
} from '../../../shared/roster-import';
import type { EventBody, Learner, StaffMember } from '../../../shared/types';
import { appendEvents, appendTables } from '../../db/append';
import type { KioskDatabase, LearnerRow } from '../../db/schema';

export interface ImportPreview {
  plan: RosterImportPlan;
  /** The roster the plan was made against; the commit checks it has not changed since. */
  before: ReadonlyMap<string, Learner>;
  counts: ImportCounts;
}

/** A plan with errors reached the commit: nothing is written. */
export class ImportRefusedError extends Error {
  constructor() {
    super('The import plan has errors: nothing may be written');
    this.name = 'ImportRefusedError';
  }
}

/** A learner the import would write changed after the preview (a sync, another admin action). */
export class RosterChangedError extends Error {
  constructor(readonly learnerId: string) {
    super(`Learner ${learnerId} changed since the preview`);
    this.name = 'RosterChangedError';
  }
}

/** Learners written per appendEvents call: the progress bar moves once per chunk. */
const COMMIT_CHUNK = 1_000;

export function toLearner(row: LearnerRow): Learner {
  const { id, firstName, lastName, groups, language, status } = row;
  return { id, firstName, lastName, groups, language, status };
}

async function loadRoster(db: KioskDatabase): Promise<Map<string, Learner>> {
  const rows = await db.learners.toArray();
  return new Map(rows.map((row) => [row.id, toLearner(row)]));
}

export async function previewImport(db: KioskDatabase, input: RosterInput): Promise<ImportPreview> {
  const before = await loadRoster(db);
  const plan = planRosterImport(input, before);
  return { plan, before, counts: countPlan(plan, before) };
}

function same(a: Learner | undefined, b: LearnerRow | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return JSON.stringify(a) === JSON.stringify(toLearner(b));
}

interface CommitOptions {
  onProgress?: (done: number, total: number) => void;
  now?: number;
  chunk?: number;
}

/**
 * Writes a learner-upserted event for each added or updated learner, with the admin as actor.
 * One read-write transaction spans every chunk: if anything fails (a full disk, a closed tab, a
 * learner changed since the preview), IndexedDB rolls all of it back and the roster is as before.
 */
export async function commitImport(
  db: KioskDatabase,
  staff: StaffMember,
  preview: ImportPreview,
  options: CommitOptions = {},
): Promise<ImportCounts> {
  const { plan, before, counts } = preview;
  if (!plan.ok) throw new ImportRefusedError();
  const writes = new Set([...plan.added, ...plan.updated]);
  const learners = plan.learners.filter((learner) => writes.has(learner.id));
  if (learners.length === 0) return counts;
  const actor = { kind: 'staff', staffId: staff.id } as const;
  const bodies: EventBody[] = learners.map((learner) => ({
    type: 'learner-upserted',
    learner,
    actor,
  }));
  const chunk = options.chunk ?? COMMIT_CHUNK;
  const now = options.now ?? Date.now();
  await db.transaction('rw', appendTables(db), async () => {
    // Read back only what the import writes: the rows it updates, and the keys (one getAllKeys,
    // not the rows) to see that the added learners are still new.
    const [keys, rows] = await Promise.all([
      plan.added.length > 0 ? db.learners.toCollection().primaryKeys() : [],
      db.learners.bulkGet(plan.updated),
    ]);
    // What the projection would otherwise read again, learner by learner.
    const known = new Map<string, LearnerRow | undefined>();
    const existing = new Set(keys);
    for (const id of plan.added) {
      if (existing.has(id)) throw new RosterChangedError(id);
      known.set(id, undefined);
    }
    plan.updated.forEach((id, i) => {
      if (!same(before.get(id), rows[i])) throw new RosterChangedError(id);
      known.set(id, rows[i]);
    });
    options.onProgress?.(0, bodies.length);
    for (let done = 0; done < bodies.length; done += chunk) {
      // appendEvents joins this transaction: its own chunks and these commit together.
      await appendEvents(db, bodies.slice(done, done + chunk), now, { knownLearners: known });
      options.onProgress?.(Math.min(done + chunk, bodies.length), bodies.length);
    }
  });
  return counts;
}
