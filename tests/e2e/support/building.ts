// Learners put in the building today without scanning each one: the roll call's tests and the
// admin benchmark need hundreds of people inside.
import type { Page } from 'playwright-core';

/**
 * Puts `count` learners of the synthetic roster in the building today, as check-ins received from
 * another kiosk (raw IndexedDB, before the staff screens read the day). The seeded history has no
 * event today, so without this the roll call and the "in the building" tab would be empty.
 */
export async function fillBuilding(page: Page, learnerIds: string[]): Promise<void> {
  await page.evaluate(async (ids) => {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
      Date.now(),
    );
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('accueil');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('events', 'readwrite');
    const events = tx.objectStore('events');
    const start = new Date(`${day}T00:00:00Z`).getTime();
    ids.forEach((learnerId, i) => {
      // Fixed ids: a second run the same day rewrites the same check-ins.
      const seq = i + 1;
      events.put({
        id: `0190bench-${day}-${String(seq).padStart(5, '0')}`,
        kioskId: 'bench-other-kiosk',
        seq: Number(day.replaceAll('-', '')) * 10_000 + seq,
        at: Math.max(start, Date.now() - 60_000) - i,
        actor: { kind: 'learner', learnerId },
        type: 'check-in',
        learnerId,
        method: 'scanner',
        day,
      });
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, learnerIds);
}
