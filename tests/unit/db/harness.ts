// A fresh kiosk database on fake-indexeddb, seeded with the demo roster, plus a recorder of
// every events-table read that is not bounded by an index range (a full scan).
import type { DBCore, DBCoreQueryRequest } from 'dexie';
import { demoLearners, demoRosterEvents } from '../../../shared/demo-roster';
import { ensureKiosk } from '../../../renderer/db/append';
import { storeReceivedEvents } from '../../../renderer/db/receive';
import { KioskDatabase } from '../../../renderer/db/schema';

let counter = 0;

export interface Harness {
  db: KioskDatabase;
  roster: ReturnType<typeof demoLearners>;
  /** Events-table reads that were not bounded by a key range. */
  fullScans: string[];
}

export async function freshKiosk(options: { learners?: number } = {}): Promise<Harness> {
  const fullScans: string[] = [];
  const db = new KioskDatabase(`test-${Date.now()}-${counter++}`);
  db.use({
    stack: 'dbcore',
    name: 'full-scan-recorder',
    create: (core: DBCore) => ({
      ...core,
      table: (name: string) => {
        const table = core.table(name);
        if (name !== 'events') return table;
        const note = (what: string, req: DBCoreQueryRequest) => {
          // RangeType.Any (3) walks the whole index: a full scan.
          if (req.query.range.type === 3)
            fullScans.push(`${what} on ${req.query.index.name || 'primary key'}`);
        };
        return {
          ...table,
          query: (req) => (note('query', req), table.query(req)),
          openCursor: (req) => (note('openCursor', req), table.openCursor(req)),
          count: (req) => {
            if (req.query.range.type === 3) fullScans.push('count');
            return table.count(req);
          },
        };
      },
    }),
  });
  await db.open();
  await ensureKiosk(db);
  const roster = demoLearners(options.learners ?? 40);
  await storeReceivedEvents(db, demoRosterEvents(roster, Date.UTC(2026, 0, 5, 8)));
  fullScans.length = 0;
  return { db, roster, fullScans };
}
