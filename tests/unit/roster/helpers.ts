// A kiosk database on fake-indexeddb with the demo roster, a way to make it fail mid-write, and
// a snapshot of everything an import could touch.
import type { DBCore } from 'dexie';
import { demoLearners, demoRosterEvents } from '../../../shared/demo-roster';
import type { StaffMember } from '../../../shared/types';
import { ensureKiosk } from '../../../renderer/db/append';
import { storeReceivedEvents } from '../../../renderer/db/receive';
import { KioskDatabase } from '../../../renderer/db/schema';

export { windows1252 } from '../../fixtures/roster/files';

let counter = 0;

export const ADMIN: StaffMember = {
  id: 'staff-admin',
  name: 'Nadia Admin',
  role: 'admin',
  active: true,
  pin: { algorithm: 'PBKDF2-SHA256', iterations: 600_000, salt: '', hash: '' },
};

export interface TestKiosk {
  db: KioskDatabase;
  /** From now on, the n-th write to the events table (counting from 1) fails as a full disk. */
  failEventWrite(n: number): void;
  /** Learner rows read one by one (get, bulkGet) since the kiosk was made. */
  learnerReads(): number;
}

export async function rosterKiosk(learners = 40): Promise<TestKiosk> {
  let failAt = Infinity;
  let writes = 0;
  let learnerReads = 0;
  const db = new KioskDatabase(`roster-${Date.now()}-${counter++}`);
  db.use({
    stack: 'dbcore',
    name: 'failing-disk',
    create: (core: DBCore) => ({
      ...core,
      table: (name: string) => {
        const table = core.table(name);
        if (name === 'learners') {
          return {
            ...table,
            get: (req) => (learnerReads++, table.get(req)),
            getMany: (req) => ((learnerReads += req.keys.length), table.getMany(req)),
          };
        }
        if (name !== 'events') return table;
        return {
          ...table,
          mutate: (req) =>
            ++writes === failAt
              ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'))
              : table.mutate(req),
        };
      },
    }),
  });
  await db.open();
  await ensureKiosk(db);
  await storeReceivedEvents(db, demoRosterEvents(demoLearners(learners), Date.UTC(2026, 0, 5, 8)));
  return {
    db,
    failEventWrite(n) {
      writes = 0;
      failAt = n;
    },
    learnerReads: () => learnerReads,
  };
}

/** Everything an import may write: events, the learners projection, the kiosk's sequence. */
export async function snapshot(db: KioskDatabase) {
  return {
    events: await db.events.count(),
    learners: await db.learners.toArray(),
    kiosk: await db.kiosk.get('self'),
  };
}

export const bufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
