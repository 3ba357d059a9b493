// Two kiosks (two Chromium profiles, each its own IndexedDB) and the real sync server in this
// process (PGlite in memory, listening on a real port). The roster is imported on the server;
// both kiosks are linked through their admin UI. Then: both check learners in while the server is
// down, it comes back on the same port and database and they converge (each event once on the
// server); a void made on B shows on A; a badge revoked on A is refused at B's scanner; A's
// export and the server's name both kiosks by the names the server gave them.
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type AccueilServer } from '../../server/app';
import { parseCsv } from '../../shared/csv';
import { openDatabase, type Database } from '../../server/db';
import {
  currentSerial,
  kioskEvents,
  nextResult,
  openKiosk,
  scanKeys,
  seriousViolations,
  syncStatus,
  usKeys,
  type Kiosk,
} from './support/kiosk';
import { brusselsDate, exportFile } from './support/exports';
import { lock, signIn, signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
const ROSTER = [
  'Matricule;Prénom;Nom;Groupes;Langue',
  'T001;Léa;Dubois;jeux;français',
  'T002;Noah;Martin;jeux;français',
  'T003;Inès;Lambert;robotique;français',
].join('\n');
const [LEA, NOAH, INES] = ['T001', 'T002', 'T003'];

let db: Database;
let app: AccueilServer;
let port = 0;

/** The real server; `port` 0 the first time, then the same port again after a stop. */
async function startServer(): Promise<void> {
  app = await createServer({
    db,
    closeDatabase: false,
    rateLimit: false,
    envAdminToken: ADMIN_TOKEN,
  });
  await app.listen({ port, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
}

async function adminPost<T>(url: string, payload: string | object, type = 'application/json') {
  const answer = await app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': type },
    payload,
  });
  expect(answer.statusCode, answer.body).toBeLessThan(300);
  return answer.json() as T;
}

const nav = (page: Page, section: string) =>
  page.getByRole('navigation').getByRole('button', { name: section }).click();

/**
 * "Sync now" in the sync section, then waits for a sync begun after the click to end, and for the
 * status to say `expected`: the words alone may still be those of an earlier sync.
 */
async function syncNow(page: Page, expected: string): Promise<void> {
  await nav(page, 'Synchronisation');
  const clickedAt = await page.evaluate(() => Date.now());
  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  const status = page.getByTestId('sync-status');
  await expect
    .poll(
      async () => {
        const attempted = Number((await status.getAttribute('data-attempted-at')) ?? 0);
        const phase = await status.getAttribute('data-phase');
        return attempted >= clickedAt && phase !== 'syncing' ? syncStatus(page) : '';
      },
      { timeout: 30_000 },
    )
    .toContain(expected);
}

async function scan(page: Page, token: string) {
  const serial = await currentSerial(page);
  await scanKeys(page, usKeys(token));
  return nextResult(page, serial, 10_000);
}

/** A learner's status line on the reception screen, found by a search (every tab). */
async function receptionStatus(page: Page, learnerId: string): Promise<string> {
  await page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)').fill(learnerId);
  const row = page.locator(`.reception__list [data-learner="${learnerId}"]`);
  return (await row.count()) ? ((await row.locator('.learner__status').textContent()) ?? '') : '';
}

async function learnerCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('accueil');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('learners').objectStore('learners').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

describe('sync: two kiosks and the real server', () => {
  const kiosks: { name: string; admin: string; kiosk: Kiosk }[] = [];
  const tokens = new Map<string, string>();
  const pageOf = (i: number) => kiosks[i]!.kiosk.page;

  beforeAll(async () => {
    db = await openDatabase('memory');
    await startServer();
    const imported = await adminPost<{ badgesIssued: number }>(
      '/v1/admin/roster?issueBadges=true',
      ROSTER,
      'text/csv',
    );
    expect(imported.badgesIssued).toBe(3);
    const issued = await db.query<{ body: string }>(
      `SELECT body FROM events WHERE type = 'badge-issued'`,
    );
    for (const { body } of issued.rows) {
      const event = JSON.parse(body) as { learnerId: string; token: string };
      tokens.set(event.learnerId, event.token);
    }
    for (const [name, admin] of [
      ['A', 'Alice Accueil'],
      ['B', 'Bruno Bureau'],
    ] as const) {
      // No demo roster: every learner a kiosk knows came through the server.
      kiosks.push({ name, admin, kiosk: await openKiosk(baseUrl, { query: '?demo=off' }) });
    }
  });
  afterAll(async () => {
    for (const { kiosk } of kiosks) await kiosk.close();
    await app?.close();
    await db?.close();
  });

  it('links both kiosks through their admin UI; each gets the roster by sync', async () => {
    for (const { name, admin, kiosk } of kiosks) {
      const { page } = kiosk;
      // Each kiosk its own admin: after sync both are on both.
      await signInAsFirstAdmin(page, undefined, admin);
      await nav(page, 'Synchronisation');
      const { code } = await adminPost<{ code: string }>('/v1/admin/kiosks', {
        name: `Accueil ${name}`,
      });
      await page.getByLabel('Adresse du serveur').fill(`http://127.0.0.1:${port}`);
      await page.getByLabel('Code à usage unique').fill(code);
      await page.keyboard.press('Enter');
      await page
        .getByText(`Ce poste est relié au serveur sous le nom «\u202fAccueil ${name}\u202f».`)
        .waitFor();
      await expect.poll(() => syncStatus(page), { timeout: 30_000 }).toContain('Synchronisé');
      expect(await learnerCount(page)).toBe(3);
    }
  });

  it('checks learners in on both kiosks while the server is down, and says so', async () => {
    await app.close();
    for (const i of [0, 1]) {
      const page = pageOf(i);
      await syncNow(page, 'Le serveur ne répond pas');
      expect(await seriousViolations(page), `kiosk ${kiosks[i]!.name}, sync offline`).toEqual([]);
      await lock(page);
      await page.getByRole('img', { name: 'Synchronisation\u202f: en pause' }).waitFor();
    }
    expect(await scan(pageOf(0), tokens.get(LEA)!)).toMatchObject({
      outcome: 'welcome',
      title: 'Bonjour Léa\u202f!',
    });
    expect(await scan(pageOf(1), tokens.get(NOAH)!)).toMatchObject({
      outcome: 'welcome',
      title: 'Bonjour Noah\u202f!',
    });
    // The scans worked offline; the indicator still says the sync is paused.
    for (const i of [0, 1]) {
      await pageOf(i).getByRole('img', { name: 'Synchronisation\u202f: en pause' }).waitFor();
    }
  });

  it('converges when the server is back on the same port: each kiosk shows the other’s check-in', async () => {
    await startServer();
    for (const i of [0, 1, 0]) {
      const page = pageOf(i);
      if ((await page.getByRole('button', { name: 'Verrouiller' }).count()) === 0) {
        await signIn(page, kiosks[i]!.admin);
        await page.getByRole('navigation').waitFor({ timeout: 15_000 });
      }
      await syncNow(page, 'Synchronisé');
    }
    for (const i of [0, 1]) {
      const page = pageOf(i);
      await nav(page, 'Accueil du jour');
      for (const learner of [LEA, NOAH]) {
        await expect
          .poll(() => receptionStatus(page, learner), { timeout: 15_000 })
          .toMatch(/Arrivé·e à \d\d:\d\d/);
      }
    }
    // The server holds every kiosk event exactly once, and nothing else from them.
    for (const i of [0, 1]) {
      const own = await kioskEvents(pageOf(i));
      const kioskId = own[0]!.kioskId;
      const stored = await db.query<{ seq: number }>(
        `SELECT seq FROM events WHERE kiosk_id = $1 ORDER BY seq`,
        [kioskId],
      );
      expect(stored.rows.map((r) => r.seq)).toEqual(own.map((e) => e.seq).sort((a, b) => a - b));
    }
    const checkIns = await db.query<{ learner: string; n: number }>(
      `SELECT body::json->>'learnerId' AS learner, count(*)::int AS n FROM events
       WHERE type = 'check-in' GROUP BY 1 ORDER BY 1`,
    );
    expect(checkIns.rows).toEqual([
      { learner: LEA, n: 1 },
      { learner: NOAH, n: 1 },
    ]);
  });

  it('shows on A, after sync, a void made on B of A’s check-in', async () => {
    const b = pageOf(1);
    await nav(b, 'Accueil du jour');
    expect(await receptionStatus(b, LEA)).toMatch(/Arrivé·e à/);
    const row = b.locator(`.reception__list [data-learner="${LEA}"]`);
    await row.getByRole('button', { name: 'Annuler le dernier passage' }).click();
    const dialog = b.getByRole('dialog');
    await dialog.getByLabel('Erreur de personne').check();
    await dialog.getByRole('button', { name: 'Annuler cette arrivée' }).click();
    await expect.poll(() => receptionStatus(b, LEA)).toBe('Pas encore vu·e aujourd’hui');
    await syncNow(b, 'Synchronisé');
    const a = pageOf(0);
    await syncNow(a, 'Synchronisé');
    await nav(a, 'Accueil du jour');
    await expect
      .poll(() => receptionStatus(a, LEA), { timeout: 15_000 })
      .toBe('Pas encore vu·e aujourd’hui');
    expect(await receptionStatus(a, NOAH)).toMatch(/Arrivé·e à/);
  });

  it('refuses at B’s scanner, after sync, a badge revoked on A', async () => {
    const a = pageOf(0);
    await nav(a, 'Badges');
    await a.getByLabel('Rechercher un jeune').fill(INES);
    await a
      .locator(`[data-learner="${INES}"]`)
      .getByRole('button', { name: 'Désactiver le badge' })
      .click();
    await a.getByRole('dialog').getByRole('button', { name: 'Désactiver' }).click();
    await expect
      .poll(() => a.locator('.badges [role="status"]').textContent())
      .toContain('désactivé');
    await syncNow(a, 'Synchronisé');
    const b = pageOf(1);
    await syncNow(b, 'Synchronisé');
    await lock(b);
    expect(await scan(b, tokens.get(INES)!)).toMatchObject({
      outcome: 'revoked',
      title: 'Badge désactivé',
    });
  });

  it('names each kiosk in the “Poste” column, in A’s export and in the server’s', async () => {
    const names = new Map<string, string>();
    for (const i of [0, 1]) {
      names.set((await kioskEvents(pageOf(i)))[0]!.kioskId, `Accueil ${kiosks[i]!.name}`);
    }
    const a = pageOf(0);
    await syncNow(a, 'Synchronisé');
    await nav(a, 'Exports');
    await a.getByRole('button', { name: 'Aujourd’hui', exact: true }).click();
    const file = await exportFile(a, 'Journal des passages', 'CSV séparé par «\u202f,\u202f»');
    const today = brusselsDate.format(Date.now());
    const server = await app.inject({
      method: 'GET',
      url: `/v1/admin/export?kind=events&format=csv-comma&from=${today}&to=${today}`,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(server.statusCode, server.body).toBe(200);
    for (const text of [file.bytes.toString('utf8'), server.body]) {
      const [header, ...rows] = parseCsv(text).records.map((r) => r.cells);
      expect(header![10]).toBe('Poste');
      // Each row's kiosk, found by the event id, is named as the server named it.
      const kioskOf = new Map<string, string>();
      for (const i of [0, 1]) {
        for (const e of await kioskEvents(pageOf(i))) kioskOf.set(e.id, names.get(e.kioskId)!);
      }
      expect(rows.length).toBeGreaterThan(2);
      expect(new Set(rows.map((r) => r[10]))).toEqual(new Set(['Accueil A', 'Accueil B']));
      for (const row of rows) expect(row[10], row[12]).toBe(kioskOf.get(row[12]!));
    }
  });
});
