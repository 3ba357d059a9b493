// A fresh kiosk's first pull, in Chromium with the built renderer: a new profile, the first
// admin, enrolment through the sync section, then the clock runs from the "link" keystroke to
// the status row saying the first sync finished (its lastSyncAt, the kiosk's own clock, which is
// this machine's). Chromium's IndexedDB is what a kiosk runs; fake-indexeddb would measure itself.
import { openKiosk } from '../../e2e/support/kiosk';
import { signInAsFirstAdmin } from '../../e2e/support/staff';
import { api, type BenchServer } from './support';

export interface PullRun {
  seconds: number;
  learners: number;
  events: number;
}

interface Stored {
  learners: number;
  events: number;
  lastSyncAt: number | null;
  problem: string | null;
}

export async function freshKioskPull(baseUrl: string, server: BenchServer): Promise<PullRun> {
  const kiosk = await openKiosk(baseUrl, { query: '?demo=off' });
  try {
    const { page } = kiosk;
    // The engine's warnings and errors say why a sync failed (it then retries with a backoff).
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') {
        console.warn(`[kiosk ${message.type()}] ${message.text()}`);
      }
    });
    await signInAsFirstAdmin(page, 'Synchronisation');
    const { code } = await api<{ code: string }>(server, '/admin/kiosks', {
      body: JSON.stringify({ name: 'bench pull' }),
    });
    await page.getByLabel('Adresse du serveur').fill(server.url);
    await page.getByLabel('Code à usage unique').fill(code);
    const t0 = Date.now();
    await page.keyboard.press('Enter');
    // The status text is cheap to read; IndexedDB is read once, after.
    await page.waitForFunction(
      () =>
        /Synchronisé|problème|ne répond pas|trop de temps|inattendue|pas pu enregistrer/.test(
          document.querySelector('[data-testid="sync-status"]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 600_000, polling: 1_000 },
    );
    const stored = await page.evaluate(
      () =>
        new Promise<Stored>((resolve, reject) => {
          const open = indexedDB.open('accueil');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(
              ['learners', 'events', 'archive', 'settings'],
              'readonly',
            );
            const learners = tx.objectStore('learners').count();
            const events = tx.objectStore('events').count();
            // Past attendance is packed by day (renderer/db/attendance.ts).
            const packed = tx.objectStore('archive').getAll();
            const status = tx.objectStore('settings').get('sync.status');
            tx.oncomplete = () => {
              open.result.close();
              const value = (status.result as { value?: Stored } | undefined)?.value;
              resolve({
                learners: learners.result,
                events:
                  events.result +
                  (packed.result as { events: unknown[] }[]).reduce(
                    (n, block) => n + block.events.length,
                    0,
                  ),
                lastSyncAt: value?.lastSyncAt ?? null,
                problem: value?.problem ?? null,
              });
            };
          };
        }),
    );
    if (stored.problem || stored.lastSyncAt === null) {
      throw new Error(`the first sync failed: ${JSON.stringify(stored)}`);
    }
    return {
      seconds: (stored.lastSyncAt - t0) / 1000,
      learners: stored.learners,
      events: stored.events,
    };
  } finally {
    await kiosk.close();
  }
}
