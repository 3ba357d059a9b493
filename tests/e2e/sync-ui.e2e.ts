// Sync, end to end in Chromium against a tiny fake sync server in this process: an admin links
// the kiosk with the keyboard alone (server address + one-time code), the staff status and the
// learners' indicator follow the sync, and a withdrawn access is told plainly, events kept.
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateToken } from '../../shared/badge';
import { seededBytes } from '../../shared/demo-roster';
import {
  currentSerial,
  nextResult,
  noViolations,
  openKiosk,
  scanKeys,
  syncStatus,
  usKeys,
  type Kiosk,
} from './support/kiosk';
import { focusedId } from './support/keyboard';
import { lock, signIn, signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const CODE = 'LIEGE-4821';

/** Just enough of shared/sync-protocol.ts, with CORS as the real server sends it. */
async function fakeSyncServer() {
  const state = {
    tokens: new Set<string>(),
    pushed: [] as { seq: number; type: string }[],
    acked: 0,
    enrolments: [] as { kioskId: string; kioskName: string }[],
  };
  const server: Server = createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'Authorization, Content-Type',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
    };
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...(body as object), serverTime: Date.now() }));
    };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = raw ? JSON.parse(raw) : {};
      if (url.pathname === '/v1/enrol') {
        if (body.code !== CODE) return send(401, { error: 'invalid-code', message: 'bad code' });
        state.enrolments.push({ kioskId: body.kioskId, kioskName: body.kioskName });
        const token = `${body.kioskId}.secret${state.tokens.size}`;
        state.tokens.add(token);
        return send(200, { token, name: 'Accueil hall' });
      }
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (!state.tokens.has(token)) return send(401, { error: 'revoked', message: 'revoked' });
      if (url.pathname === '/v1/push') {
        for (const event of body.events as { seq: number; type: string }[]) {
          if (event.seq === state.acked + 1) {
            state.pushed.push({ seq: event.seq, type: event.type });
            state.acked = event.seq;
          }
        }
        return send(200, { acked: state.acked, rejected: [] });
      }
      if (url.pathname === '/v1/pull') return send(200, { events: [], cursor: 0, more: false });
      return send(404, { error: 'not-found', message: url.pathname });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    state,
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The outbox: events still marked pending in IndexedDB. */
async function pendingCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('accueil');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // The flag is not indexed (schema v4): a test may read every row.
          const all = open.result.transaction('events', 'readonly').objectStore('events').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result.filter((row: { pending?: 1 }) => row.pending === 1).length);
          };
        };
      }),
  );
}

describe('sync: enrolment and status', () => {
  let kiosk: Kiosk;
  let page: Page;
  let sync: Awaited<ReturnType<typeof fakeSyncServer>>;

  beforeAll(async () => {
    sync = await fakeSyncServer();
    kiosk = await openKiosk(baseUrl);
    page = kiosk.page;
  });
  afterAll(async () => {
    await kiosk?.close();
    await sync?.close();
  });

  it('shows no indicator on the learners’ screen while the kiosk is not linked', async () => {
    expect(await page.getByTestId('sync-indicator').count()).toBe(0);
  });

  it('links the kiosk with the keyboard alone, and tells a wrong code plainly', async () => {
    await signInAsFirstAdmin(page, 'Synchronisation');
    await page.getByRole('heading', { name: 'Synchronisation avec le serveur' }).waitFor();
    expect(await syncStatus(page)).toContain('n’est relié à aucun serveur');
    await noViolations(page, 'sync section, not linked');

    // Keyboard only from here: the address field, Tab to the code, Enter to send.
    await page.getByLabel('Adresse du serveur').focus();
    await page.keyboard.type('pas une adresse');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('sync-code');
    await page.keyboard.press('Enter');
    await page.getByText('Indiquez l’adresse complète du serveur').waitFor();
    expect(await focusedId(page)).toBe('sync-url');
    await noViolations(page, 'sync section, field errors');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(`${sync.url}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('WRONG-0000');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await page.getByRole('alert').allTextContents()).join(' '))
      .toContain('Ce code est inconnu, déjà utilisé ou expiré');
    await noViolations(page, 'sync section, refused code');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(CODE);
    await page.keyboard.press('Enter');
    await page
      .getByText('Ce poste est relié au serveur sous le nom «\u202fAccueil hall\u202f».')
      .waitFor();
    expect(sync.state.enrolments).toHaveLength(1);
    expect(sync.state.enrolments[0]!.kioskName).toBe('Accueil (navigateur)');
    await page.getByText(`Serveur\u202f: ${sync.url}`).waitFor();

    // The first sync sends this kiosk's events (the admin's creation at least).
    await expect.poll(() => syncStatus(page), { timeout: 15_000 }).toContain('Synchronisé');
    expect(sync.state.pushed.map((e) => e.type)).toContain('staff-upserted');
    expect(sync.state.pushed.map((e) => e.seq)).toEqual(sync.state.pushed.map((_, i) => i + 1));
    expect(await page.getByText('Dernière synchronisation').count()).toBe(1);
    await noViolations(page, 'sync section, linked');
  });

  it('shows a discreet, labelled indicator on the learners’ screen', async () => {
    await lock(page);
    const dot = page.getByRole('img', { name: 'Synchronisation\u202f: à jour' });
    await dot.waitFor();
    const box = await dot.boundingBox();
    expect(box && box.width <= 20 && box.height <= 20).toBe(true);
    await noViolations(page, 'learners’ screen with the indicator');
  });

  it('tells staff when the server withdrew the kiosk’s access, and keeps its events', async () => {
    sync.state.tokens.clear();
    const before = sync.state.pushed.length;
    // A learner scans a badge this kiosk does not know: an event for the server.
    const serial = await currentSerial(page);
    await scanKeys(page, usKeys(generateToken(seededBytes(5))));
    expect((await nextResult(page, serial))?.outcome).toBe('unknown');
    await signIn(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Synchronisation' }).click();
    await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
    await expect
      .poll(() => syncStatus(page), { timeout: 15_000 })
      .toContain('L’accès de ce poste au serveur a été retiré');
    expect(sync.state.pushed.length).toBe(before);
    expect(await pendingCount(page)).toBeGreaterThanOrEqual(1);
    await noViolations(page, 'sync section, access withdrawn');
    await lock(page);
    await page.getByRole('img', { name: 'Synchronisation\u202f: en pause' }).waitFor();
  });
});
