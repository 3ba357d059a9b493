// A kiosk linked by its camera: the console's enrolment QR code (the server's address and a
// one-time code) held to the kiosk's webcam (Chromium's fake camera playing a y4m), against the
// real sync server in this process (PGlite in memory). At the check-in the same code is a
// foreign code, never a learner; after the link, the kiosk's heartbeat reaches the server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type AccueilServer } from '../../server/app';
import { openDatabase, type Database } from '../../server/db';
import { latestHeartbeats } from '../../server/store/heartbeats';
import { demoLearners } from '../../shared/demo-roster';
import { formatEnrolLink, normaliseCode } from '../../shared/enrolment';
import { makeSceneY4m } from '../fixtures/badge-video';
import {
  kioskEvents,
  openKiosk,
  recordResults,
  seriousViolations,
  shownResults,
  waitForResults,
} from './support/kiosk';
import { signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
const PORT = 4311;
const SERVER_URL = `http://127.0.0.1:${PORT}`;

describe('kiosk enrolment by QR code', () => {
  let db: Database;
  let app: AccueilServer;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accueil-enrol-'));
    db = await openDatabase('memory');
    app = await createServer({ db, rateLimit: false, envAdminToken: ADMIN_TOKEN });
    await app.listen({ port: PORT, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function newCode(name: string): Promise<string> {
    const answer = await app.inject({
      method: 'POST',
      url: '/v1/admin/kiosks',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: { name },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    return answer.json<{ code: string }>().code;
  }

  it('is a foreign code at the check-in, and links the kiosk from its sync section', async () => {
    const code = normaliseCode(await newCode('Accueil hall'))!;
    const video = join(dir, 'link.y4m');
    await makeSceneY4m(video, [{ text: formatEnrolLink({ serverUrl: SERVER_URL, code }) }]);
    const kiosk = await openKiosk(baseUrl, {
      camera: { video },
      initScripts: [recordResults],
      query: '?demo=off',
    });
    try {
      const { page } = kiosk;
      await waitForResults(page, (results) => results.length > 0, 30_000);
      expect(await shownResults(page)).toMatchObject([{ outcome: 'unreadable' }]);
      expect(await kioskEvents(page)).toEqual([]);

      await signInAsFirstAdmin(page, 'Synchronisation');
      await page.getByRole('button', { name: 'Scanner le code' }).click();
      await page
        .getByText('Ce poste est relié au serveur sous le nom «\u202fAccueil hall\u202f».')
        .waitFor({ timeout: 30_000 });
      await page.getByText(`Serveur\u202f: ${SERVER_URL}`).waitFor();
      // Its first sync carries the heartbeat.
      await expect
        .poll(async () => [...(await latestHeartbeats(db)).values()], { timeout: 30_000 })
        .toMatchObject([{ appVersion: expect.any(String), crashes: 0, lastError: null }]);
    } finally {
      await kiosk.close();
    }
  });

  it('says a badge is no linking code, in a dialog without accessibility faults', async () => {
    const video = join(dir, 'badge.y4m');
    await makeSceneY4m(video, [{ text: demoLearners()[3]!.token }]);
    const kiosk = await openKiosk(baseUrl, { camera: { video } });
    try {
      const { page } = kiosk;
      await signInAsFirstAdmin(page, 'Synchronisation');
      await page.getByRole('button', { name: 'Scanner le code' }).click();
      const dialog = page.getByRole('dialog', { name: 'Scanner le code de la console' });
      await dialog
        .getByRole('alert')
        .filter({ hasText: 'Ce code n’est pas un code de liaison' })
        .waitFor({ timeout: 30_000 });
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Annuler' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await page.getByRole('button', { name: 'Relier ce poste' }).count()).toBe(1);
    } finally {
      await kiosk.close();
    }
  });
});
