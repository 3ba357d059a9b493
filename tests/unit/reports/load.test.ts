import { describe, expect, it } from 'vitest';
import { loadReport } from '../../../renderer/admin/reports/load';
import { storeReceivedEvents } from '../../../renderer/db/receive';
import { addDays } from '../../../shared/reports';
import { dayBounds } from '../../../shared/time';
import type { KioskEvent } from '../../../shared/types';
import { freshKiosk } from '../db/harness';
import { idFor } from '../shared/helpers';

const TODAY = '2026-04-02';
const NOW = dayBounds(TODAY).start + 17 * 3_600_000;
let n = 1;
function checkIn(learnerId: string, day: string): KioskEvent {
  const at = dayBounds(day).start + 15 * 3_600_000;
  return {
    id: idFor(n++),
    kioskId: 'history',
    seq: n,
    at,
    actor: { kind: 'learner', learnerId },
    type: 'check-in',
    learnerId,
    method: 'scanner',
  };
}
/** Came in rolling weeks 7, 6 and 5, then never: dropped under the default rule. */
const dropper = (learnerId: string) =>
  [7, 6, 5].map((w) => checkIn(learnerId, addDays(TODAY, -7 * w)));

describe('loadReport', () => {
  it('reads the window through the day index, names the dropped learners, skips archived ones', async () => {
    const { db, roster, fullScans } = await freshKiosk();
    const [active, unknownId] = [roster[0]!.learner, 'NOT-IN-ROSTER'];
    const archived = roster.find((r) => r.learner.status === 'archived')!.learner;
    await storeReceivedEvents(db, [
      ...dropper(active.id),
      ...dropper(archived.id),
      ...dropper(unknownId),
      checkIn(roster[1]!.learner.id, TODAY),
      checkIn(roster[1]!.learner.id, addDays(TODAY, -70)), // outside the window
    ]);

    const loaded = await loadReport(db, NOW);
    expect(fullScans).toEqual([]);
    expect(loaded.computedAt).toBe(NOW);
    expect(loaded.report).toMatchObject({ first: '2026-02-06', last: TODAY });
    expect(loaded.report.days).toHaveLength(4);
    expect(loaded.report.dropped.map((d) => d.learnerId).sort()).toEqual(
      [active.id, archived.id, unknownId].sort(),
    );
    expect(loaded.dropped.map((d) => [d.entry.learnerId, d.learner?.firstName])).toEqual(
      [
        [active.id, active.firstName],
        [unknownId, undefined],
      ].sort(),
    );
    db.close();
  });

  it('gives an empty report on a kiosk with no attendance yet', async () => {
    const { db } = await freshKiosk();
    const loaded = await loadReport(db, NOW);
    expect(loaded.report.days).toEqual([]);
    expect(loaded.dropped).toEqual([]);
    db.close();
  });
});
