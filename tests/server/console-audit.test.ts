// The console's audit view (GET /v1/console/audit): staff actions from every kiosk and the
// console's own, one list newest first, filtered by person and by Brussels day, paged without a
// row lost or repeated; never a PIN hash.
import { expect, it } from 'vitest';
import { generateToken } from '../../shared/badge';
import type { KioskEvent } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { auditPage } from '../../server/console/audit';
import { RosterView } from '../../server/console/roster-view';
import { adminAuth, enrolKiosk, forEachBackend, learnerUpserted, pushReq } from './harness';
import { ANNE_PROF } from './support/history';
import { CONSOLE_API } from '../../shared/console';
import { addAccount, as, RECEPTION, signIn } from './support/console';

const AUDIT = '/v1/console/audit';
const MARIE = { name: 'Marie Admin', password: 'marie admin passphrase' };
// Brussels is UTC+1 in March: 23:30 UTC on the 10th is already the 11th there.
const MON = (h: number, m = 0) => Date.UTC(2025, 2, 10, h, m);
const TUE = (h: number, m = 0) => Date.UTC(2025, 2, 11, h, m);

let n = 0;
const bytes = (k: number) => new Uint8Array(k).fill(++n % 256);

function kioskEvents(kioskId: string): KioskEvent[] {
  let seq = 0;
  const env = (at: number, staffId: string | null) => ({
    id: uuidv7(at, bytes),
    kioskId,
    seq: ++seq,
    at,
    actor: staffId ? ({ kind: 'staff', staffId } as const) : ({ kind: 'kiosk' } as const),
  });
  return [
    { ...env(MON(6), null), type: 'staff-upserted', staff: ANNE_PROF },
    {
      ...env(MON(6, 1), null),
      type: 'staff-upserted',
      staff: { ...ANNE_PROF, id: 'S2', name: 'Bob Accueil', role: 'reception' },
    },
    { ...learnerUpserted(kioskId, 0, 'L1', MON(7)), ...env(MON(7), 'S1') } as KioskEvent,
    {
      ...env(MON(8), 'S2'),
      type: 'check-in',
      learnerId: 'L1',
      method: 'manual',
      reason: { code: 'forgot-badge' },
    },
    // A scan by a learner: not a staff action.
    {
      ...env(MON(8, 5), null),
      actor: { kind: 'learner', learnerId: 'L1' },
      type: 'check-out',
      learnerId: 'L1',
      method: 'scanner',
      token: generateToken(bytes),
    },
    {
      ...env(MON(23, 30), 'S1'),
      type: 'staff-upserted',
      staff: { ...ANNE_PROF, id: 'S3', name: 'Chloé Nuit' },
    },
    {
      ...env(TUE(9), 'S2'),
      type: 'check-out',
      learnerId: 'L1',
      method: 'manual',
      reason: { code: 'other', text: 'parti tôt' },
    },
  ] as KioskEvent[];
}

forEachBackend('console audit', (ctx) => {
  /** Kiosk K1's staff actions, and Marie's account (by the admin script) and two sign-ins. */
  async function seed(): Promise<string> {
    const token = await enrolKiosk(ctx.app, 'K1', 'Accueil hall');
    const events = kioskEvents('K1');
    expect((await pushReq(ctx.app, token, events)).json()).toMatchObject({
      acked: events.length,
      rejected: [],
    });
    ctx.clock.now = MON(9);
    const accountId = await addAccount(ctx.app, MARIE, 'admin');
    await signIn(ctx.app, MARIE);
    ctx.clock.now = TUE(10);
    await signIn(ctx.app, MARIE);
    return accountId;
  }
  const list = async (query = '') => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: `${AUDIT}?${query}`,
      headers: adminAuth,
    });
    expect(res.statusCode).toBe(200);
    return res.json() as {
      entries: {
        action: string;
        at: number;
        person: { key: string; name: string };
        kiosk?: string;
        details: Record<string, unknown>;
        source: string;
      }[];
      next: string | null;
    };
  };

  it('lists kiosk staff actions and console actions together, newest first', async () => {
    const marie = await seed();
    const { entries, next } = await list();
    expect(next).toBeNull();
    expect(entries.map((e) => [e.source, e.action, e.person.key])).toEqual([
      ['console', 'session.sign-in', `console:${marie}`],
      ['kiosk', 'check-out', 'staff:S2'],
      ['kiosk', 'staff-upserted', 'staff:S1'],
      ['console', 'session.sign-in', `console:${marie}`],
      ['console', 'account.create', expect.stringMatching(/^admin:/)],
      ['kiosk', 'check-in', 'staff:S2'],
      ['kiosk', 'learner-upserted', 'staff:S1'],
    ]);
    expect(entries.map((e) => e.person.name).slice(0, 4)).toEqual([
      'Marie Admin',
      'Bob Accueil',
      'Anne Prof',
      'Marie Admin',
    ]);
    expect(entries[4]!.details).toMatchObject({ name: 'Marie Admin', role: 'admin' });
    expect(entries[1]).toMatchObject({
      kiosk: 'Accueil hall',
      details: { learnerId: 'L1', learner: 'Léa Dupont', reason: 'other', text: 'parti tôt' },
    });
    expect(entries[2]!.details).toEqual({ staff: 'Chloé Nuit', role: 'admin', active: true });
    expect(JSON.stringify(entries)).not.toContain(ANNE_PROF.pin.hash);
  });

  it('filters by person and by Brussels day', async () => {
    const marie = await seed();
    const bob = await list('person=staff:S2');
    expect(bob.entries.map((e) => e.action)).toEqual(['check-out', 'check-in']);
    const hers = await list(`person=console:${marie}`);
    expect(hers.entries.map((e) => e.at)).toEqual([TUE(10), MON(9)]);
    const tuesday = await list('day=2025-03-11');
    expect(tuesday.entries.map((e) => e.action)).toEqual([
      'session.sign-in',
      'check-out',
      'staff-upserted',
    ]);
    const bobMonday = await list('person=staff:S2&day=2025-03-10');
    expect(bobMonday.entries.map((e) => e.action)).toEqual(['check-in']);
    // The admin script: its account creation, and its roster import (the server's own events).
    const imported = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/roster',
      headers: { ...adminAuth, 'content-type': 'text/csv' },
      payload: 'Identifiant;Prénom;Nom;Groupes\r\nL7;Inès;Leroy;3d\r\n',
    });
    expect(imported.statusCode).toBe(200);
    const script = (await list()).entries.find((e) => e.action === 'account.create')!.person.key;
    const scripted = await list(`person=${script}`);
    expect(scripted.entries.map((e) => [e.source, e.action, e.kiosk])).toEqual([
      ['kiosk', 'learner-upserted', undefined],
      ['console', 'account.create', undefined],
    ]);
    expect(scripted.entries[0]!.details).toMatchObject({ learnerId: 'L7', learner: 'Inès Leroy' });
  });

  it('names the console account behind a roster change, and finds it by that account', async () => {
    const marie = await seed();
    const session = await signIn(ctx.app, MARIE);
    const archived = await ctx.app.inject({
      method: 'POST',
      url: `${CONSOLE_API}/roster/learners/L1/archive`,
      headers: as(session),
    });
    expect(archived.statusCode, archived.body).toBe(200);
    const change = (await list()).entries.find((e) => e.action === 'learner-archived')!;
    expect(change.person).toEqual({ key: `console:${marie}`, name: MARIE.name });
    const hers = await list(`person=console:${marie}`);
    expect(hers.entries.map((e) => [e.source, e.action])).toContainEqual([
      'kiosk',
      'learner-archived',
    ]);
  });

  it('pages through everything once, and names everyone in the filter list', async () => {
    const marie = await seed();
    const whole = (await list()).entries;
    expect(whole).toHaveLength(7);
    const roster = new RosterView(ctx.db);
    // Two rows a page: a page may end between a kiosk row and a console row of the same list.
    const paged: unknown[] = [];
    let before: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { entries, next } = await auditPage(ctx.db, roster, { before }, 2);
      paged.push(...entries);
      if (next === null) break;
      before = next;
    }
    expect(paged).toEqual(whole);
    const staffPaged: unknown[] = [];
    before = undefined;
    for (let page = 0; page < 10; page++) {
      const { entries, next } = await auditPage(ctx.db, roster, { before, person: 'staff:S2' }, 1);
      staffPaged.push(...entries);
      if (next === null) break;
      before = next;
    }
    expect(staffPaged).toEqual((await list('person=staff:S2')).entries);
    const people = await ctx.app.inject({
      method: 'GET',
      url: `${AUDIT}/people`,
      headers: adminAuth,
    });
    const listed = people.json().people as { key: string; name: string }[];
    expect(listed.filter((p) => !p.key.startsWith('admin:'))).toEqual([
      { key: 'staff:S1', name: 'Anne Prof' },
      { key: 'staff:S2', name: 'Bob Accueil' },
      { key: 'staff:S3', name: 'Chloé Nuit' },
      { key: `console:${marie}`, name: 'Marie Admin' },
    ]);
    expect(listed).toHaveLength(5);
  });

  it('is for admins: reception gets 403, no session 401', async () => {
    await addAccount(ctx.app, RECEPTION, 'reception');
    const reception = await signIn(ctx.app, RECEPTION);
    for (const url of [AUDIT, `${AUDIT}/people`]) {
      const refused = await ctx.app.inject({
        method: 'GET',
        url,
        headers: as(reception, false),
      });
      expect(refused.statusCode).toBe(403);
      expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    await addAccount(ctx.app, MARIE, 'admin');
    const admin = await signIn(ctx.app, MARIE);
    const allowed = await ctx.app.inject({
      method: 'GET',
      url: AUDIT,
      headers: as(admin, false),
    });
    expect(allowed.statusCode).toBe(200);
  });
});
