import { describe, expect, it } from 'vitest';
import { demoLearners, demoRosterEvents } from '../../../shared/demo-roster';
import { uuidv7 } from '../../../shared/uuid';
import { seededBytes } from '../../../shared/demo-roster';
import type { KioskEvent } from '../../../shared/types';
import { attendanceBetween } from '../../../renderer/db/attendance';
import { readSetting } from '../../../renderer/db/settings';
import { readSyncState } from '../../../renderer/sync/state';
import { brusselsDay } from '../../../shared/time';
import { recordingLog, setup, T0 } from './helpers';

const OTHER = '01900000-0000-7000-8000-0000000000aa';
const DAY = 86_400_000;

function otherKioskCheckIns(learnerId: string, ats: number[]): KioskEvent[] {
  const random = seededBytes(7);
  return ats.map((at, i) => ({
    id: uuidv7(at, random),
    kioskId: OTHER,
    seq: 1000 + i,
    at,
    actor: { kind: 'learner', learnerId },
    type: 'check-in',
    learnerId,
    method: 'scanner',
  }));
}

describe('pull', () => {
  it('pages from the cursor until caught up, and bootstraps the roster and recent attendance', async () => {
    const { db, server, engine } = await setup({ pullLimit: 25 });
    const roster = demoLearners(30);
    const rosterEvents = demoRosterEvents(roster, T0 - 400 * DAY, OTHER);
    server.add(rosterEvents);
    const learnerId = roster[0]!.learner.id;
    // A year's retention (the default): the check-in of 400 days ago stays on the server.
    server.add(otherKioskCheckIns(learnerId, [T0 - 400 * DAY, T0 - DAY]));
    const outcome = await engine.syncOnce();
    expect(outcome).toMatchObject({ ok: true, received: rosterEvents.length + 1 });
    const pulls = server.requests.filter((r) => r.path === '/v1/pull');
    expect(pulls.map((r) => Number(r.query.get('since')))).toEqual([0, 25, 50]);
    expect(pulls.every((r) => Number(r.query.get('attendanceSince')) === T0 - 365 * DAY)).toBe(
      true,
    );
    expect(await db.learners.count()).toBe(30);
    // Yesterday's check-in is attendance of a past day: packed with its day, read by day.
    const checkIns = (await attendanceBetween(db, '2000-01-01', brusselsDay(T0))).filter(
      (e) => e.type === 'check-in' && e.learnerId === learnerId,
    );
    expect(checkIns.map((row) => row.at)).toEqual([T0 - DAY]);
    expect(await db.events.filter((row) => row.type === 'check-in').count()).toBe(0);
    const state = await readSyncState(db);
    expect(state.marks.cursor).toBe(server.log.length);
    expect(state.status).toMatchObject({ problem: null, received: rosterEvents.length + 1 });
    // Nothing new: one request, cursor unchanged.
    expect(await engine.syncOnce()).toMatchObject({ ok: true, received: 0 });
    expect((await readSyncState(db)).marks.cursor).toBe(server.log.length);
  });

  it('keeps the kiosks’ names the last page gives, for the exports', async () => {
    const { db, server, engine } = await setup({ pullLimit: 25 });
    server.add(demoRosterEvents(demoLearners(30), T0 - DAY, OTHER));
    server.kioskNames = { [OTHER]: 'Bibliothèque' };
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await readSetting(db, 'sync.kiosk-names')).toEqual({ [OTHER]: 'Bibliothèque' });
    // A server that sends none (an older one) leaves the names known as they were.
    server.kioskNames = undefined;
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await readSetting(db, 'sync.kiosk-names')).toEqual({ [OTHER]: 'Bibliothèque' });
    server.kioskNames = { [OTHER]: 'Hall', bad: 3 as unknown as string };
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await readSetting(db, 'sync.kiosk-names')).toEqual({ [OTHER]: 'Hall' });
  });

  it('stores a page and its cursor together: a crash inside the page rolls both back', async () => {
    let pages = 0;
    let crashOn = 2;
    const { db, server, engine } = await setup({
      pullLimit: 10,
      hooks: {
        afterPageStored() {
          pages += 1;
          if (pages === crashOn) throw new Error('simulated crash');
        },
      },
    });
    const roster = demoLearners(10);
    const events = demoRosterEvents(roster, T0 - DAY, OTHER); // 10 upserts + badges + revoke
    server.add(events);
    const failed = await engine.syncOnce();
    expect(failed).toMatchObject({ ok: false, problem: 'storage' });
    // Page 1 (10 events) committed with its cursor; page 2 left nothing behind.
    expect((await readSyncState(db)).marks.cursor).toBe(10);
    expect(await db.events.count()).toBe(10);
    const second = events.slice(10, 20).map((e) => e.id);
    expect((await db.events.bulkGet(second)).every((row) => row === undefined)).toBe(true);

    crashOn = -1;
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect((await readSyncState(db)).marks.cursor).toBe(events.length);
    expect(await db.events.count()).toBe(events.length);
    expect(await db.learners.count()).toBe(10);
  });

  it('never moves the cursor back, and skips an invalid event without blocking the rest', async () => {
    const log = recordingLog();
    const { db, server, engine } = await setup({ log });
    const good = otherKioskCheckIns('L00001', [T0 - 1000]);
    server.add(good);
    server.add([{ ...good[0]!, id: 'not-a-uuid', seq: 2000 } as KioskEvent]);
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect(await db.events.count()).toBe(1);
    expect(log.lines.some((l) => l.startsWith('error pull: skipped an invalid event'))).toBe(true);
    // A server answering an older cursor (restored from a backup) does not rewind ours.
    server.log.length = 1;
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    expect((await readSyncState(db)).marks.cursor).toBe(2);
  });
});
