// Badges for everyone: 1,500 learners without a badge get one each, in batched transactions,
// skipping whoever has one or cannot have one; a failure mid-way keeps whole batches only, and a
// second run completes the rest.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseToken } from '../../../shared/badge';
import type { CheckInSettings, KioskEvent, Learner } from '../../../shared/types';
import { appendEvents } from '../../../renderer/db/append';
import { issueMissingBadges } from '../../../renderer/admin/badges/bulkIssue';
import { issueBadge } from '../../../renderer/admin/badges/badgeActions';
import { recordScan } from '../../../renderer/db/recordScan';
import { freshKiosk, type Harness } from '../db/harness';

const admin = { id: 'staff-admin-1' };
const settings: CheckInSettings = { mode: 'check-in-only', cooldownMs: 600_000 };
const T0 = Date.UTC(2026, 10, 25, 14, 0);
const NEW = 1_500;

async function withNewLearners(count: number): Promise<{ h: Harness; ids: string[] }> {
  const h = await freshKiosk();
  const learners: Learner[] = Array.from({ length: count }, (_, i) => ({
    id: `N${String(i).padStart(5, '0')}`,
    firstName: `Prénom${i}`,
    lastName: `Nom${i}`,
    groups: ['robotique'],
    language: 'fr',
    status: 'active',
  }));
  const actor = { kind: 'staff', staffId: admin.id } as const;
  await appendEvents(
    h.db,
    learners.map((learner) => ({ type: 'learner-upserted', learner, actor })),
    T0 - 3_600_000,
  );
  return { h, ids: learners.map((l) => l.id) };
}

async function issuedEvents(h: Harness) {
  const kiosk = (await h.db.kiosk.get('self'))!;
  const rows = await h.db.events
    .where('[kioskId+seq]')
    .between([kiosk.kioskId, 0], [kiosk.kioskId, Infinity])
    .toArray();
  return rows.filter((e) => e.type === 'badge-issued');
}

describe('issuing every missing badge', () => {
  let h: Harness;
  afterEach(() => h?.db.delete());

  it('gives 1,500 learners a badge each, in batched transactions, skipping the rest', async () => {
    const made = await withNewLearners(NEW);
    h = made.h;
    // The demo roster: every learner has a badge already, one is archived.
    const everyone = [...h.roster.map((d) => d.learner.id), ...made.ids, 'no-such-learner'];
    const progress: number[] = [];
    let transactions = 0;
    // Top-level transactions only: appendEvents joins the batch's own.
    const original = h.db.transaction.bind(h.db);
    (h.db as { transaction: unknown }).transaction = (...args: unknown[]) => {
      if (!Dexie.currentTransaction) transactions++;
      return (original as (...a: unknown[]) => unknown)(...args);
    };
    const batches: number[] = [];
    const result = await issueMissingBadges(h.db, admin, everyone, {
      now: T0,
      onProgress: (done) => progress.push(done),
      onBatch: (issued) => batches.push(issued.length),
    });

    expect(result.issued.map((b) => b.learnerId)).toEqual(made.ids);
    expect(result.skipped).toBe(h.roster.length + 1);
    // Batches: more than one transaction, far fewer than one a learner; progress after each.
    expect(transactions).toBeGreaterThan(1);
    expect(transactions).toBeLessThanOrEqual(Math.ceil(everyone.length / 100));
    expect(progress.at(-1)).toBe(everyone.length);
    expect(progress.length).toBeGreaterThan(1);
    // Each committed batch is handed over (its cards are made while the next one is written).
    expect(batches).toHaveLength(progress.length);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(NEW);

    const tokens = result.issued.map((b) => b.token);
    expect(new Set(tokens).size).toBe(NEW);
    for (const token of tokens) expect(parseToken(token)).toEqual({ ok: true, token });
    const events = await issuedEvents(h);
    expect(events).toHaveLength(NEW);
    for (const event of events as KioskEvent[]) {
      expect(event).toMatchObject({ actor: { kind: 'staff', staffId: admin.id }, pending: 1 });
    }
    const row = await h.db.badges.get(tokens[NEW - 1]!);
    expect(row).toMatchObject({ learnerId: made.ids[NEW - 1], status: 'active' });
    expect(
      await recordScan(h.db, { ok: true, token: tokens[0]!, via: 'keys' }, 'scanner', settings, T0),
    ).toMatchObject({ outcome: 'welcome' });
    expect(h.fullScans).toEqual([]);

    // Nobody is left without a badge: a second run issues none.
    const again = await issueMissingBadges(h.db, admin, everyone, { now: T0 + 1 });
    expect(again.issued).toEqual([]);
  });

  it('skips a learner who got a badge meanwhile, and never issues two', async () => {
    const made = await withNewLearners(3);
    h = made.h;
    await issueBadge(h.db, admin, made.ids[1]!);
    const result = await issueMissingBadges(h.db, admin, [...made.ids, made.ids[0]!]);
    expect(result.issued.map((b) => b.learnerId)).toEqual([made.ids[0], made.ids[2]]);
    expect(result.skipped).toBe(1);
    expect(await issuedEvents(h)).toHaveLength(3);
  });

  it('keeps whole batches when a write fails, and a second run issues the rest', async () => {
    const made = await withNewLearners(250);
    h = made.h;
    let written = 0;
    const failing = (_key: unknown, event: unknown) => {
      if ((event as KioskEvent).type === 'badge-issued' && ++written === 130) {
        throw new Error('disk full (test)');
      }
    };
    h.db.events.hook('creating', failing);
    const issuedSoFar: number[] = [];
    await expect(
      issueMissingBadges(h.db, admin, made.ids, {
        batch: 100,
        onProgress: (_done, _total, issued) => issuedSoFar.push(issued),
      }),
    ).rejects.toThrow();
    expect(await issuedEvents(h)).toHaveLength(100);
    // What the screen tells the admin was issued before the failure.
    expect(issuedSoFar).toEqual([100]);
    h.db.events.hook('creating').unsubscribe(failing);

    const rest = await issueMissingBadges(h.db, admin, made.ids, { batch: 100 });
    expect(rest.issued.map((b) => b.learnerId)).toEqual(made.ids.slice(100));
    expect(await issuedEvents(h)).toHaveLength(250);
  });
});
