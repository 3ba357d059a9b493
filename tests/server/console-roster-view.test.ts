// The console's roster view: what kiosks push and imports write shows at the next read, and a read
// folds only the events stored since the one before (never the whole history again).
import crypto from 'node:crypto';
import { expect, it } from 'vitest';
import { RosterView } from '../../server/console/roster-view';
import type { Queryable } from '../../server/db';
import { generateToken } from '../../shared/badge';
import type { KioskEvent } from '../../shared/types';
import { adminAuth, enrolKiosk, forEachBackend, learnerUpserted, pushReq } from './harness';

const randomBytes = (n: number) => new Uint8Array(crypto.randomBytes(n));
const envelopeOf = ({ id, kioskId, seq, at, actor }: KioskEvent) => ({
  id,
  kioskId,
  seq,
  at,
  actor,
});
const at = (minute: number) => Date.UTC(2025, 2, 10, 8, minute);

/** The database, counting the rows its roster pages return. */
function counting(db: Queryable) {
  const seen = { rosterRows: 0 };
  const wrapped: Queryable = {
    exec: (sql) => db.exec(sql),
    async query(sql, params) {
      const result = await db.query(sql, params);
      if (sql.includes(`'learner-upserted'`)) seen.rosterRows += result.rows.length;
      return result as never;
    },
  };
  return { db: wrapped, seen };
}

forEachBackend('console roster view', (ctx) => {
  it('shows a kiosk’s push at the next read, the newer edit winning whatever the order', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const view = new RosterView(ctx.db);
    expect((await view.read()).roster.learners.size).toBe(0);

    const renamed = learnerUpserted('K1', 2, 'L1', at(5));
    (renamed as Extract<KioskEvent, { type: 'learner-upserted' }>).learner.firstName = 'Noah';
    const pushed = await pushReq(ctx.app, token, [learnerUpserted('K1', 1, 'L1', at(1)), renamed]);
    expect(pushed.statusCode, pushed.body).toBe(200);
    const first = await view.read();
    expect(first.roster.learners.get('L1')).toMatchObject({ firstName: 'Noah', status: 'active' });
    const version = first.changedAt;

    // An older edit synced late, a badge, its revocation and an archive.
    const late = learnerUpserted('K1', 3, 'L1', at(3));
    const badge = generateToken(randomBytes);
    const later = (seq: number, minute: number) => ({
      ...envelopeOf(learnerUpserted('K1', seq, 'L1', at(minute))),
      learnerId: 'L1',
    });
    const more = await pushReq(ctx.app, token, [
      late,
      { ...later(4, 6), type: 'badge-issued', token: badge },
      { ...later(5, 7), type: 'badge-revoked', token: badge },
      { ...later(6, 8), type: 'learner-archived' },
    ]);
    expect(more.json().rejected, more.body).toEqual([]);
    const next = await view.read();
    expect(next.roster.learners.get('L1')).toMatchObject({ firstName: 'Noah', status: 'archived' });
    expect(next.roster.tokens.get(badge)).toEqual({ learnerId: 'L1', revoked: true });
    expect(next.changedAt).toBeGreaterThan(version);
  });

  it('shows an import and reads only what is new', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const { db, seen } = counting(ctx.db);
    const view = new RosterView(db);
    const imported = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/roster',
      headers: { ...adminAuth, 'content-type': 'text/csv' },
      payload: 'Identifiant;Prénom;Nom;Groupes\r\nA1;Léa;Dupont;jeux\r\nA2;Noah;Martin;3d\r\n',
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const read = await view.read();
    expect([...read.roster.learners.keys()].sort()).toEqual(['A1', 'A2']);
    expect(seen.rosterRows).toBe(2);

    // Nothing new: no roster row read again, the same version.
    expect((await view.read()).changedAt).toBe(read.changedAt);
    expect(seen.rosterRows).toBe(2);

    await pushReq(ctx.app, token, [learnerUpserted('K1', 1, 'L9')]);
    const after = await view.read();
    expect(after.roster.learners.has('L9')).toBe(true);
    expect(seen.rosterRows).toBe(3);
  });

  it('lets reads made together share one catch-up, each seeing what was stored before it', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    const view = new RosterView(ctx.db);
    await pushReq(ctx.app, token, [learnerUpserted('K1', 1, 'L1')]);
    const reads = await Promise.all([view.read(), view.read(), view.read()]);
    for (const read of reads) expect(read.roster.learners.has('L1')).toBe(true);
    await pushReq(ctx.app, token, [learnerUpserted('K1', 2, 'L2')]);
    expect((await view.read()).roster.learners.has('L2')).toBe(true);
  });
});
