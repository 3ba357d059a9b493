import { afterEach, describe, expect, it } from 'vitest';
import { parseToken } from '../../../shared/badge';
import type { CheckInSettings } from '../../../shared/types';
import { appendEvents } from '../../../renderer/db/append';
import { openKioskDatabase } from '../../../renderer/db/open';
import { recordScan } from '../../../renderer/db/recordScan';
import { freshKiosk, type Harness } from './harness';

const checkInOnly: CheckInSettings = { mode: 'check-in-only', cooldownMs: 600_000 };
const inAndOut: CheckInSettings = { mode: 'in-and-out', cooldownMs: 600_000 };
// 15:00 in Brussels on a Wednesday.
const T0 = Date.UTC(2026, 10, 25, 14, 0);

const read = (token: string) => {
  const parsed = parseToken(token);
  return parsed.ok ? { ok: true as const, token: parsed.token, via: 'keys' as const } : parsed;
};

async function mine(h: Harness) {
  const kiosk = (await h.db.kiosk.get('self'))!;
  return h.db.events
    .where('[kioskId+seq]')
    .between([kiosk.kioskId, 0], [kiosk.kioskId, Infinity])
    .toArray();
}

describe('recordScan', () => {
  let h: Harness;
  afterEach(() => h?.db.delete());

  it('checks a learner in once: one event with the next sequence number, pending sync', async () => {
    h = await freshKiosk();
    const lea = h.roster[0]!;
    const result = await recordScan(h.db, read(lea.token), 'scanner', checkInOnly, T0);
    expect(result).toEqual({
      outcome: 'welcome',
      learner: { firstName: 'Léa', language: null },
      at: T0,
    });
    const events = await mine(h);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'check-in',
      learnerId: lea.learner.id,
      seq: 1,
      pending: 1,
      method: 'scanner',
      token: lea.token,
      at: T0,
      day: '2026-11-25',
    });
    expect(h.fullScans).toEqual([]);
  });

  it('answers "already checked in" within the cool-down and in check-in-only mode, writing nothing', async () => {
    h = await freshKiosk();
    const lea = h.roster[0]!;
    await recordScan(h.db, read(lea.token), 'scanner', checkInOnly, T0);
    const again = await recordScan(h.db, read(lea.token), 'camera', checkInOnly, T0 + 60_000);
    expect(again).toMatchObject({ outcome: 'already-in', since: T0 });
    const later = await recordScan(
      h.db,
      read(lea.token),
      'camera',
      checkInOnly,
      T0 + 3 * 3_600_000,
    );
    expect(later).toMatchObject({ outcome: 'already-in', since: T0 });
    expect(await mine(h)).toHaveLength(1);
  });

  it('checks out after the cool-down in "in and out" mode, and back in after another', async () => {
    h = await freshKiosk();
    const lea = h.roster[0]!;
    const outcomes = [];
    for (const minutes of [0, 5, 30, 31, 50]) {
      outcomes.push(
        (await recordScan(h.db, read(lea.token), 'scanner', inAndOut, T0 + minutes * 60_000))
          .outcome,
      );
    }
    expect(outcomes).toEqual(['welcome', 'already-in', 'goodbye', 'already-out', 'welcome']);
    expect((await mine(h)).map((e) => [e.type, e.seq])).toEqual([
      ['check-in', 1],
      ['check-out', 2],
      ['check-in', 3],
    ]);
  });

  it('starts a new day at midnight in Brussels', async () => {
    h = await freshKiosk();
    const lea = h.roster[0]!;
    const lateEvening = Date.UTC(2026, 10, 25, 22, 50); // 23:50 in Brussels
    await recordScan(h.db, read(lea.token), 'scanner', checkInOnly, lateEvening);
    const afterMidnight = await recordScan(
      h.db,
      read(lea.token),
      'scanner',
      checkInOnly,
      lateEvening + 20 * 60_000,
    );
    expect(afterMidnight.outcome).toBe('welcome');
  });

  it('records a well-formed unknown token once per cool-down, and nothing for other refusals', async () => {
    h = await freshKiosk();
    const stranger = 'BCDFGHJKLNPRSTUVXYBCD'.slice(0, 19);
    const { computeCheck } = await import('../../../shared/badge');
    const token = stranger + computeCheck(stranger);
    expect((await recordScan(h.db, read(token), 'scanner', checkInOnly, T0)).outcome).toBe(
      'unknown',
    );
    expect((await recordScan(h.db, read(token), 'camera', checkInOnly, T0 + 1_000)).outcome).toBe(
      'unknown',
    );
    const archived = h.roster.find((d) => d.learner.status === 'archived')!;
    const replaced = h.roster.find((d) => d.revokedToken)!;
    expect((await recordScan(h.db, read(archived.token), 'scanner', checkInOnly, T0)).outcome).toBe(
      'archived',
    );
    expect(
      (await recordScan(h.db, read(replaced.revokedToken!), 'scanner', checkInOnly, T0)).outcome,
    ).toBe('revoked');
    expect((await recordScan(h.db, read(replaced.token), 'scanner', checkInOnly, T0)).outcome).toBe(
      'welcome',
    );
    expect(
      (await recordScan(h.db, { ok: false, problem: 'bad-check' }, 'scanner', checkInOnly, T0))
        .outcome,
    ).toBe('unreadable');
    expect((await mine(h)).map((e) => e.type)).toEqual(['unknown-badge', 'check-in']);
    expect(h.fullScans).toEqual([]);
  });

  it('writes one check-in when the same badge arrives twenty times at once', async () => {
    h = await freshKiosk();
    const lea = h.roster[0]!;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordScan(h.db, read(lea.token), i % 2 ? 'camera' : 'scanner', checkInOnly, T0 + i),
      ),
    );
    expect(results.filter((r) => r.outcome === 'welcome')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'already-in')).toHaveLength(19);
    expect(await mine(h)).toHaveLength(1);
  });

  it('keeps per-kiosk sequence numbers gap-free across concurrent appends', async () => {
    h = await freshKiosk();
    await Promise.all(
      h.roster
        .slice(0, 30)
        .map((d, i) => recordScan(h.db, read(d.token), 'scanner', checkInOnly, T0 + i)),
    );
    await appendEvents(
      h.db,
      [{ type: 'learner-archived', learnerId: 'L00001', actor: { kind: 'staff', staffId: 's1' } }],
      T0 + 99,
    );
    const seqs = (await mine(h)).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(await h.db.events.filter((row) => row.pending === 1).count()).toBe(seqs.length);
    expect((await h.db.kiosk.get('self'))!.nextSeq).toBe(seqs.length + 1);
  });

  it('opens without scanning the event log', async () => {
    h = await freshKiosk();
    for (let i = 0; i < 10; i++)
      await recordScan(h.db, read(h.roster[i]!.token), 'scanner', checkInOnly, T0 + i);
    h.fullScans.length = 0;
    const opened = await openKioskDatabase(h.db);
    expect(opened.settings).toEqual({ mode: 'check-in-only', cooldownMs: 600_000 });
    expect(opened.kiosk.nextSeq).toBe(11);
    expect(opened.persisted).toBe(false);
    expect(h.fullScans).toEqual([]);
  });
});
