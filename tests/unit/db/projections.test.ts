import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { demoLearners, demoRosterEvents } from '../../../shared/demo-roster';
import type { KioskEvent } from '../../../shared/types';
import { uuidv7 } from '../../../shared/uuid';
import { classifyStorageError } from '../../../renderer/db/errors';
import { storeReceivedEvents } from '../../../renderer/db/receive';
import { KioskDatabase } from '../../../renderer/db/schema';

let n = 0;
const open = async () => {
  const db = new KioskDatabase(`projection-${n++}`);
  await db.open();
  return db;
};
const bytes = (k: number) => crypto.getRandomValues(new Uint8Array(k));

/** A roster history with updates, archives, re-activations and badge changes at distinct times. */
function history(): KioskEvent[] {
  const roster = demoLearners(6, 11);
  const events = demoRosterEvents(roster, Date.UTC(2026, 0, 1));
  const at = (h: number) => Date.UTC(2026, 0, 2, h);
  const env = (h: number, seq: number) => ({
    id: uuidv7(at(h), bytes),
    kioskId: 'k2',
    seq,
    at: at(h),
    actor: { kind: 'kiosk' as const },
  });
  const [a, b, c] = roster;
  events.push(
    { ...env(1, 1), type: 'learner-upserted', learner: { ...a!.learner, firstName: 'Léana' } },
    { ...env(2, 2), type: 'learner-archived', learnerId: b!.learner.id },
    {
      ...env(3, 3),
      type: 'learner-upserted',
      learner: { ...b!.learner, status: 'active', lastName: 'Back' },
    },
    { ...env(4, 4), type: 'learner-archived', learnerId: c!.learner.id },
    { ...env(5, 5), type: 'badge-revoked', learnerId: a!.learner.id, token: a!.token },
    { ...env(6, 6), type: 'badge-issued', learnerId: a!.learner.id, token: a!.token },
  );
  return events;
}

async function snapshot(db: KioskDatabase) {
  const learners = (await db.learners.toArray()).map(
    ({ revAt: _a, revId: _b, statusAt: _c, statusId: _d, ...l }) => l,
  );
  return { learners, badges: await db.badges.toArray() };
}

describe('roster projections', () => {
  const dbs: KioskDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });

  it('are the same for any arrival order and any split into batches', async () => {
    const events = history();
    const reference = await open();
    dbs.push(reference);
    await storeReceivedEvents(reference, events);
    const expected = await snapshot(reference);
    expect(expected.learners.find((l) => l.id === 'L00001')?.firstName).toBe('Léana');
    expect(expected.learners.find((l) => l.id === 'L00002')).toMatchObject({
      status: 'active',
      lastName: 'Back',
    });
    expect(expected.learners.find((l) => l.id === 'L00003')?.status).toBe('archived');
    // A revoked token stays revoked, even if an issue of it arrives or sorts later.
    expect(expected.badges.find((b) => b.learnerId === 'L00001')?.status).toBe('revoked');

    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(events, { minLength: events.length }),
        fc.integer({ min: 1, max: 7 }),
        async (shuffled, parts) => {
          const db = await open();
          dbs.push(db);
          const size = Math.ceil(shuffled.length / parts);
          for (let i = 0; i < shuffled.length; i += size)
            await storeReceivedEvents(db, shuffled.slice(i, i + size));
          expect(await snapshot(db)).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('ignores events it already has', async () => {
    const db = await open();
    dbs.push(db);
    const events = history();
    expect(await storeReceivedEvents(db, events)).toBe(events.length);
    expect(await storeReceivedEvents(db, events)).toBe(0);
    expect(await db.events.count()).toBe(events.length);
    expect(await db.events.filter((row) => row.pending === 1).count()).toBe(0);
  });
});

describe('classifyStorageError', () => {
  it('finds a quota error wrapped in an AbortError', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const abort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: quota,
    });
    expect(classifyStorageError(abort)).toBe('quota');
    expect(
      classifyStorageError({ name: 'AbortError', cause: { name: 'QuotaExceededError' } }),
    ).toBe('quota');
  });
  it('recognises a broken backing store, and calls everything else unknown', () => {
    expect(
      classifyStorageError(new Error('Internal error opening backing store for indexedDB.open.')),
    ).toBe('backing-store');
    expect(classifyStorageError(new Error('boom'))).toBe('unknown');
    expect(classifyStorageError(null)).toBe('unknown');
    const loop: { inner?: unknown } = {};
    loop.inner = loop;
    expect(classifyStorageError(loop)).toBe('unknown');
  });
});
