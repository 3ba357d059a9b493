import { afterEach, describe, expect, it } from 'vitest';
import {
  commitImport,
  ImportRefusedError,
  previewImport,
  RosterChangedError,
} from '../../../renderer/admin/roster/importRoster';
import { readRosterFile } from '../../../renderer/ui/roster/readFile';
import { archiveLearner } from '../../../renderer/admin/roster/learners';
import { classifyStorageError } from '../../../renderer/db/errors';
import type { KioskDatabase } from '../../../renderer/db/schema';
import { ADMIN, bufferOf, rosterKiosk, snapshot } from './helpers';

const HEADER = 'Numéro;Prénom;Nom;Groupes;Langue';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
/** `count` new learners N00001… */
const newRows = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `N${String(i + 1).padStart(5, '0')};Prénom${i};Nom${i};atelier;fr`,
  );

async function preview(db: KioskDatabase, text: string) {
  const read = await readRosterFile('roster.csv', bufferOf(new TextEncoder().encode(text)));
  if (!read.ok) throw new Error(read.problem);
  return previewImport(db, read.input);
}

const dbs: KioskDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
async function kiosk() {
  const k = await rosterKiosk();
  dbs.push(k.db);
  return k;
}

describe('commitImport', () => {
  it('writes one learner-upserted event per added or updated learner, by the admin', async () => {
    const { db } = await kiosk();
    const plan = await preview(
      db,
      csv('L00001;Léa;Dubois-Martin;animation;fr', 'L00039;Arthur;Back;;', ...newRows(2)),
    );
    // L00001 renamed, L00039 (archived in the demo roster) brought back, two new, 38 active ones not in file.
    expect(plan.counts).toMatchObject({ added: 2, updated: 1, reactivated: 1, notInFile: 38 });
    expect(plan.plan.problems.map((p) => p.problem)).toEqual(['reactivated']);
    const seen: [number, number][] = [];
    const before = await snapshot(db);
    await commitImport(db, ADMIN, plan, { onProgress: (d, t) => seen.push([d, t]) });
    const events = await db.events.where('kioskId').equals(before.kiosk!.kioskId).toArray();
    expect(events.map((e) => e.type)).toEqual(Array(4).fill('learner-upserted'));
    expect(events.every((e) => e.actor.kind === 'staff' && e.actor.staffId === ADMIN.id)).toBe(
      true,
    );
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(await db.learners.get('L00001')).toMatchObject({ lastName: 'Dubois-Martin' });
    expect(await db.learners.get('L00039')).toMatchObject({ status: 'active', lastName: 'Back' });
    expect(await db.learners.get('N00002')).toMatchObject({ firstName: 'Prénom1' });
    expect(seen).toEqual([
      [0, 4],
      [4, 4],
    ]);
  });

  it('updates by learner id on re-import, and writes nothing for unchanged learners', async () => {
    const { db } = await kiosk();
    await commitImport(db, ADMIN, await preview(db, csv(...newRows(3))));
    const again = await preview(
      db,
      csv(
        'N00001;Prénom0;Nom0;atelier;fr',
        'N00002;Renamed;Nom1;atelier;fr',
        'N00003;Prénom2;Nom2;atelier;fr',
      ),
    );
    expect(again.counts).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    const before = await db.events.count();
    await commitImport(db, ADMIN, again);
    expect(await db.events.count()).toBe(before + 1);
    expect(await db.learners.get('N00002')).toMatchObject({ firstName: 'Renamed' });
  });

  it('refuses a plan with errors and writes nothing', async () => {
    const { db } = await kiosk();
    const bad = await preview(db, csv('N1;Léa;Dubois;;fr', 'N1;Noah;Maes;;nl', 'N2;Zoé;;;'));
    expect(bad.plan.ok).toBe(false);
    const before = await snapshot(db);
    await expect(commitImport(db, ADMIN, bad)).rejects.toBeInstanceOf(ImportRefusedError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing at all when the disk fails in the middle of the import', async () => {
    const k = await kiosk();
    const plan = await preview(k.db, csv(...newRows(50)));
    const before = await snapshot(k.db);
    const progress: number[] = [];
    k.failEventWrite(3); // chunks 1 and 2 are written, chunk 3 of 5 fails
    const failure = commitImport(k.db, ADMIN, plan, {
      chunk: 10,
      onProgress: (done) => progress.push(done),
    });
    const error = await failure.catch((e: unknown) => e);
    expect(classifyStorageError(error)).toBe('quota'); // the admin is told the disk is full
    expect(progress).toEqual([0, 10, 20]);
    expect(await snapshot(k.db)).toEqual(before);
    // The same plan goes through once the disk has room again.
    k.failEventWrite(Infinity);
    await commitImport(k.db, ADMIN, plan, { chunk: 10 });
    expect(await k.db.learners.count()).toBe(before.learners.length + 50);
  });

  it('writes nothing when the transaction is aborted after some chunks', async () => {
    const { db } = await kiosk();
    const plan = await preview(db, csv(...newRows(30)));
    const before = await snapshot(db);
    const onProgress = (done: number) => {
      if (done === 20) throw new Error('tab closed');
    };
    await expect(commitImport(db, ADMIN, plan, { chunk: 10, onProgress })).rejects.toThrow(
      'tab closed',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when a learner changed between the preview and the commit', async () => {
    const { db } = await kiosk();
    const plan = await preview(db, csv('L00002;Noah;Lambert-Renamed;;', ...newRows(5)));
    await archiveLearner(db, ADMIN, 'L00002');
    const before = await snapshot(db);
    await expect(commitImport(db, ADMIN, plan)).rejects.toBeInstanceOf(RosterChangedError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when a learner the file adds appeared since the preview', async () => {
    const { db } = await kiosk();
    const plan = await preview(db, csv(...newRows(5)));
    // A sync (or another admin) brings N00003 in between the preview and the commit.
    await commitImport(db, ADMIN, await preview(db, csv(...newRows(5).slice(2, 3))));
    const before = await snapshot(db);
    const error = await commitImport(db, ADMIN, plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterChangedError);
    expect((error as RosterChangedError).learnerId).toBe('N00003');
    expect(await snapshot(db)).toEqual(before);
  });

  it('reads back only the learners it updates, not one row per learner it adds', async () => {
    const k = await kiosk();
    const plan = await preview(k.db, csv('L00001;Léa;Dubois-Martin;animation;fr', ...newRows(200)));
    expect(plan.counts).toMatchObject({ added: 200, updated: 1 });
    const before = k.learnerReads();
    await commitImport(k.db, ADMIN, plan, { chunk: 50 });
    expect(k.learnerReads() - before).toBe(1);
    // The projection is what it would be without the shortcut: last writer wins, by (at, id).
    expect(await k.db.learners.get('L00001')).toMatchObject({
      lastName: 'Dubois-Martin',
      status: 'active',
    });
    const added = await k.db.learners.get('N00200');
    const event = await k.db.events.get(added!.revId);
    expect(event).toMatchObject({ type: 'learner-upserted', pending: 1 });
    expect(added).toMatchObject({ firstName: 'Prénom199', revAt: event!.at, statusId: event!.id });
  });

  it('imports 10,000 learners (timed on fake-indexeddb)', async () => {
    const { db } = await kiosk();
    const text = csv(...newRows(10_000));
    const start = performance.now();
    const plan = await preview(db, text);
    const planned = performance.now();
    await commitImport(db, ADMIN, plan);
    const done = performance.now();
    console.info(
      `10,000 learners on fake-indexeddb: read+plan ${Math.round(planned - start)} ms, ` +
        `commit ${Math.round(done - planned)} ms`,
    );
    expect(plan.counts.added).toBe(10_000);
    expect(await db.learners.count()).toBe(10_040);
  }, 120_000);
});
