// Issue, reissue and revoke on the real Dexie layer (fake-indexeddb), seeded with the demo roster:
// valid fresh tokens, the old card refused at the scanner, one transaction, staff as the actor.
import { activeTokens } from '../../../renderer/db/badges';
import { afterEach, describe, expect, it } from 'vitest';
import { generateToken, parseToken } from '../../../shared/badge';
import { seededBytes } from '../../../shared/demo-roster';
import type { CheckInSettings, KioskEvent } from '../../../shared/types';
import { uuidv7 } from '../../../shared/uuid';
import {
  BadgeActionError,
  issueBadge,
  loadBadgeSummaries,
  reissueBadge,
  revokeBadge,
} from '../../../renderer/admin/badges/badgeActions';
import { recordScan } from '../../../renderer/db/recordScan';
import { storeReceivedEvents } from '../../../renderer/db/receive';
import { freshKiosk, type Harness } from '../db/harness';

const admin = { id: 'staff-admin-1' };
const settings: CheckInSettings = { mode: 'check-in-only', cooldownMs: 600_000 };
const T0 = Date.UTC(2026, 10, 25, 14, 0);

const scan = (h: Harness, token: string, now = T0) =>
  recordScan(h.db, { ok: true, token, via: 'keys' }, 'scanner', settings, now);

async function mine(h: Harness) {
  const kiosk = (await h.db.kiosk.get('self'))!;
  return h.db.events
    .where('[kioskId+seq]')
    .between([kiosk.kioskId, 0], [kiosk.kioskId, Infinity])
    .toArray();
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadgeActionError);
  return (error as BadgeActionError).problem;
}

describe('badge actions', () => {
  let h: Harness;
  afterEach(() => h?.db.delete());

  it('reissues: the old token is revoked and refused, the new one is valid and greets', async () => {
    h = await freshKiosk();
    const lea = h.roster[0]!;
    const change = await reissueBadge(h.db, admin, lea.learner.id, { now: T0 - 60_000 });

    expect(change.revoked).toEqual([lea.token]);
    const fresh = change.issued!;
    expect(parseToken(fresh)).toEqual({ ok: true, token: fresh });
    expect(fresh).not.toBe(lea.token);
    expect(await h.db.badges.get(lea.token)).toMatchObject({ status: 'revoked' });
    expect(await h.db.badges.get(fresh)).toMatchObject({
      learnerId: lea.learner.id,
      status: 'active',
    });
    expect(await activeTokens(h.db, lea.learner.id)).toEqual([fresh]);

    // Two events, consecutive sequence numbers, one instant, the admin as actor, both pending.
    const events = await mine(h);
    expect(events.map((e) => [e.type, e.seq])).toEqual([
      ['badge-revoked', 1],
      ['badge-issued', 2],
    ]);
    for (const event of events) {
      expect(event).toMatchObject({
        learnerId: lea.learner.id,
        at: T0 - 60_000,
        actor: { kind: 'staff', staffId: admin.id },
        pending: 1,
      });
    }

    expect(await scan(h, lea.token)).toEqual({ outcome: 'revoked' });
    expect(await scan(h, fresh)).toMatchObject({ outcome: 'welcome' });
    expect(h.fullScans).toEqual([]);
  });

  it('revokes with staff as actor; then a new badge can be issued, and only then', async () => {
    h = await freshKiosk();
    const noah = h.roster[1]!;
    expect(await refusal(issueBadge(h.db, admin, noah.learner.id))).toBe('already-active');
    expect(await mine(h)).toEqual([]);

    const revoked = await revokeBadge(h.db, admin, noah.learner.id, { now: T0 - 1 });
    expect(revoked).toEqual({ learnerId: noah.learner.id, issued: null, revoked: [noah.token] });
    expect(await activeTokens(h.db, noah.learner.id)).toEqual([]);
    expect(await scan(h, noah.token)).toEqual({ outcome: 'revoked' });
    expect(await refusal(revokeBadge(h.db, admin, noah.learner.id))).toBe('no-active');
    expect(await refusal(reissueBadge(h.db, admin, noah.learner.id))).toBe('no-active');

    const issued = await issueBadge(h.db, admin, noah.learner.id, { now: T0 });
    expect(parseToken(issued.issued!).ok).toBe(true);
    expect(issued.revoked).toEqual([]);
    const events = await mine(h);
    expect(events.map((e) => e.type)).toEqual(['badge-revoked', 'badge-issued']);
    expect(events.every((e) => e.actor.kind === 'staff' && e.actor.staffId === admin.id)).toBe(
      true,
    );
    expect(await scan(h, issued.issued!, T0 + 1)).toMatchObject({ outcome: 'welcome' });
    // The old card stays refused: a revoked token is never revived.
    expect(await scan(h, noah.token, T0 + 2)).toEqual({ outcome: 'revoked' });
  });

  it('leaves nothing half-done when the reissue fails inside its transaction', async () => {
    h = await freshKiosk();
    const lea = h.roster[0]!;
    const before = await h.db.kiosk.get('self');
    // The second write (the new badge) fails, as a full disk would: the revoke must roll back.
    h.db.events.hook('creating', (_key, event) => {
      if ((event as KioskEvent).type === 'badge-issued') throw new Error('disk full (test)');
    });
    await expect(reissueBadge(h.db, admin, lea.learner.id)).rejects.toThrow();

    expect(await mine(h)).toEqual([]);
    expect(await h.db.kiosk.get('self')).toEqual(before);
    expect(await h.db.badges.get(lea.token)).toMatchObject({ status: 'active' });
    expect(await activeTokens(h.db, lea.learner.id)).toEqual([lea.token]);
    expect(await scan(h, lea.token)).toMatchObject({ outcome: 'welcome' });
  });

  it('never issues a token that was used before, even a revoked one', async () => {
    h = await freshKiosk();
    const noah = h.roster[1]!;
    // A broken random source that repeats itself: the second issue must draw again.
    const ones = () => new Uint8Array(32).fill(1);
    const twos = () => new Uint8Array(32).fill(2);
    const script = [ones, ones, twos];
    const randomBytes = () => script.shift()!();
    await revokeBadge(h.db, admin, noah.learner.id);
    const first = await issueBadge(h.db, admin, noah.learner.id, { randomBytes });
    const second = await reissueBadge(h.db, admin, noah.learner.id, { randomBytes });
    expect(first.issued).not.toBe(second.issued);
    expect(second.revoked).toEqual([first.issued]);
    expect(await activeTokens(h.db, noah.learner.id)).toEqual([second.issued]);
  });

  it('picks the newest issue when two kiosks issued at once, and reissue revokes both', async () => {
    h = await freshKiosk();
    const lea = h.roster[0]!;
    const random = seededBytes(5);
    const at = Date.UTC(2026, 1, 1);
    // Another kiosk, offline at the time, issued Léa a second badge after the roster's.
    const token = generateToken(random);
    await storeReceivedEvents(h.db, [
      {
        id: uuidv7(at, random),
        kioskId: 'kiosk-2',
        seq: 1,
        at,
        actor: { kind: 'staff', staffId: 'someone-else' },
        type: 'badge-issued',
        learnerId: lea.learner.id,
        token,
      },
    ]);
    expect(await activeTokens(h.db, lea.learner.id)).toEqual([token, lea.token]);
    expect((await loadBadgeSummaries(h.db)).get(lea.learner.id)?.active).toEqual([
      token,
      lea.token,
    ]);

    const change = await reissueBadge(h.db, admin, lea.learner.id);
    expect(change.revoked).toEqual([token, lea.token]);
    expect(await activeTokens(h.db, lea.learner.id)).toEqual([change.issued]);
    expect(h.fullScans).toEqual([]);
  });

  it('refuses a new badge for an archived learner but still revokes theirs', async () => {
    h = await freshKiosk();
    const archived = h.roster.at(-2)!;
    expect(archived.learner.status).toBe('archived');
    expect(await refusal(reissueBadge(h.db, admin, archived.learner.id))).toBe('archived');
    expect(await mine(h)).toEqual([]);
    await revokeBadge(h.db, admin, archived.learner.id);
    expect(await refusal(issueBadge(h.db, admin, archived.learner.id))).toBe('archived');
    expect(await refusal(issueBadge(h.db, admin, 'L99999'))).toBe('unknown-learner');
  });

  it('summarises every learner: current token first and their revoked tokens', async () => {
    h = await freshKiosk();
    const summaries = await loadBadgeSummaries(h.db);
    const last = h.roster.at(-1)!;
    expect(summaries.get(last.learner.id)).toEqual({
      active: [last.token],
      revoked: [last.revokedToken],
    });
    expect(summaries.get(h.roster[0]!.learner.id)).toEqual({
      active: [h.roster[0]!.token],
      revoked: [],
    });
    expect(h.fullScans).toEqual([]);
  });
});
