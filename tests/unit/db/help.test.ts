// Reception's panel of refused scans: what recordScan keeps of them, and what the panel's query
// returns (one line per badge, newest first, settled ones and linked unknown badges left out).
import { afterEach, describe, expect, it } from 'vitest';
import { generateToken, parseToken } from '../../../shared/badge';
import { demoLearners, seededBytes } from '../../../shared/demo-roster';
import { brusselsDay } from '../../../shared/time';
import type { CheckInSettings } from '../../../shared/types';
import { linkUnknownBadge } from '../../../renderer/db/badges';
import { runHousekeeping } from '../../../renderer/db/housekeeping';
import { scansNeedingHelp, settleScanHelp } from '../../../renderer/db/queries';
import { recordScan } from '../../../renderer/db/recordScan';
import { freshKiosk, type Harness } from './harness';

const settings: CheckInSettings = { mode: 'check-in-only', cooldownMs: 600_000 };
// 15:00 in Brussels on a Wednesday.
const T0 = Date.UTC(2026, 10, 25, 14, 0);
const DAY = brusselsDay(T0);
const roster = demoLearners();
const archived = roster.find((d) => d.learner.status === 'archived')!;
const replaced = roster.find((d) => d.revokedToken)!;
const unknown = generateToken(seededBytes(7));

const scan = (h: Harness, token: string, at: number) => {
  const parsed = parseToken(token);
  if (!parsed.ok) throw new Error('bad token');
  return recordScan(h.db, { ok: true, token: parsed.token, via: 'keys' }, 'scanner', settings, at);
};

describe('scans needing help', () => {
  let h: Harness;
  afterEach(() => h?.db.delete());

  it('lists unknown, revoked and archived scans, one per badge, newest first', async () => {
    h = await freshKiosk();
    await scan(h, unknown, T0);
    await scan(h, replaced.revokedToken!, T0 + 1_000);
    await scan(h, archived.token, T0 + 2_000);
    await scan(h, unknown, T0 + 3_000);
    await scan(h, roster[0]!.token, T0 + 4_000); // a welcome: nothing for reception
    const rows = await scansNeedingHelp(h.db, DAY);
    expect(rows.map((r) => [r.outcome, r.at, r.learnerId])).toEqual([
      ['unknown', T0 + 3_000, null],
      ['archived', T0 + 2_000, archived.learner.id],
      ['revoked', T0 + 1_000, replaced.learner.id],
    ]);
    expect(await scansNeedingHelp(h.db, brusselsDay(T0 + 86_400_000))).toEqual([]);
    expect(h.fullScans).toEqual([]);
  });

  it('leaves out settled scans and unknown badges linked since', async () => {
    h = await freshKiosk();
    await scan(h, unknown, T0);
    await scan(h, archived.token, T0 + 1_000);
    await settleScanHelp(h.db, DAY, archived.token);
    expect((await scansNeedingHelp(h.db, DAY)).map((r) => r.outcome)).toEqual(['unknown']);
    expect(await linkUnknownBadge(h.db, 'staff-1', roster[0]!.learner.id, unknown, T0)).toBe(true);
    expect(await scansNeedingHelp(h.db, DAY)).toEqual([]);
    // Known now: a second link is refused, as is one to an archived learner.
    expect(await linkUnknownBadge(h.db, 'staff-1', roster[1]!.learner.id, unknown, T0)).toBe(false);
    const other = generateToken(seededBytes(8));
    expect(await linkUnknownBadge(h.db, 'staff-1', archived.learner.id, other, T0)).toBe(false);
    expect((await h.db.badges.get(unknown))?.learnerId).toBe(roster[0]!.learner.id);
  });

  it('forgets the refused scans of past days at housekeeping', async () => {
    h = await freshKiosk();
    await scan(h, archived.token, T0);
    await runHousekeeping(h.db, { now: T0 });
    expect(await h.db.help.count()).toBe(1);
    await runHousekeeping(h.db, { now: T0 + 86_400_000 });
    expect(await h.db.help.count()).toBe(0);
  });
});
