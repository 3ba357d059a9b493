// A server database with years of history, written by SQL in bulk (generate_series): `events`
// attendance events of 20 kiosks over `days` days, a roster of `learners` learner-upserted
// events and one staff member, bodies as kiosks push them. Minutes, where pushing them would take
// an hour. The same SQL on both engines.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Database } from '../../../server/db';
import { migrate } from '../../../server/migrations';

export interface SeedSpec {
  events: number;
  learners: number;
  days: number;
}

/** Midnight UTC of the history's first day: its last day is yesterday or so. */
export function historyStart(spec: SeedSpec, now = Date.now()): number {
  const today = Math.floor(now / 86_400_000) * 86_400_000;
  return today - spec.days * 86_400_000;
}

const TOKEN = 'BCDFGHJKLNPRSTVXYBCDF';
const BATCH = 200_000;

/** Applies the migrations and writes the history; the database must be empty. */
export async function seedHistory(db: Database, spec: SeedSpec, start: number): Promise<void> {
  await migrate(db);
  const learner = (n: string) => `'B' || lpad(((${n}) * 7 % ${spec.learners} + 1)::text, 5, '0')`;
  await db.exec(`
    INSERT INTO events (id, kiosk_id, seq, type, at, body, received_at)
    SELECT md5('l' || i)::uuid::text, 'seed-roster', i, 'learner-upserted', ${start},
      json_build_object('id', md5('l' || i)::uuid::text, 'kioskId', 'seed-roster', 'seq', i,
        'at', ${start}, 'actor', json_build_object('kind', 'staff', 'staffId', 'S1'),
        'type', 'learner-upserted', 'learner', json_build_object(
          'id', 'B' || lpad(i::text, 5, '0'), 'firstName', 'Prénom' || i,
          'lastName', 'Nom' || (i % 997), 'groups', json_build_array('atelier ' || (i % 12)),
          'language', 'fr', 'status', 'active'))::text,
      ${start}
    FROM generate_series(1, ${spec.learners}) AS i;
    INSERT INTO events (id, kiosk_id, seq, type, at, body, received_at)
    SELECT md5('staff')::uuid::text, 'seed-roster', ${spec.learners + 1}, 'staff-upserted', ${start},
      json_build_object('id', md5('staff')::uuid::text, 'kioskId', 'seed-roster',
        'seq', ${spec.learners + 1}, 'at', ${start}, 'actor', json_build_object('kind', 'kiosk'),
        'type', 'staff-upserted', 'staff', json_build_object('id', 'S1', 'name', 'Anne Prof',
          'role', 'admin', 'active', true))::text,
      ${start};
  `);
  for (let from = 0; from < spec.events; from += BATCH) {
    const to = Math.min(spec.events, from + BATCH) - 1;
    // Event n: kiosk n % 20, its seq n / 20 + 1; one in 1,000 voids the same kiosk's event
    // before it, one in 25 is an unknown badge, the rest check-ins and check-outs in turn;
    // day n × days / events, between 07:00 and 17:00 UTC.
    await db.exec(`
      INSERT INTO events (id, kiosk_id, seq, type, at, body, received_at)
      SELECT id, kiosk, seq, type, at, (CASE type
        WHEN 'void' THEN json_build_object('id', id, 'kioskId', kiosk, 'seq', seq, 'at', at,
          'actor', json_build_object('kind', 'staff', 'staffId', 'S1'), 'type', type,
          'targetId', md5('e' || (n - 20))::uuid::text, 'learnerId', ${learner('n - 20')},
          'staffId', 'S1', 'reason', 'doublon')
        WHEN 'unknown-badge' THEN json_build_object('id', id, 'kioskId', kiosk, 'seq', seq,
          'at', at, 'actor', json_build_object('kind', 'kiosk'), 'type', type,
          'token', '${TOKEN}', 'method', 'scanner')
        ELSE json_build_object('id', id, 'kioskId', kiosk, 'seq', seq, 'at', at,
          'actor', json_build_object('kind', 'learner', 'learnerId', ${learner('n')}),
          'type', type, 'learnerId', ${learner('n')}, 'method', 'scanner', 'token', '${TOKEN}')
        END)::text, at
      FROM (
        SELECT n, md5('e' || n)::uuid::text AS id,
          'seed-k' || lpad((n % 20)::text, 2, '0') AS kiosk, n / 20 + 1 AS seq,
          ${start}::bigint + (n::bigint * ${spec.days} / ${spec.events}) * 86400000
            + 25200000 + (n::bigint * 7919 % 36000000) AS at,
          CASE WHEN n % 1000 = 999 THEN 'void' WHEN n % 25 = 24 THEN 'unknown-badge'
            WHEN (n / 20) % 2 = 0 THEN 'check-in' ELSE 'check-out' END AS type
        FROM generate_series(${from}, ${to}) AS n
      ) AS e;
    `);
  }
  await db.exec('ANALYZE events');
}

/**
 * A PGlite data folder holding the history: seeded once into `cache` (reused by later runs),
 * copied to `dataDir` for a run (imports and pushes change it).
 */
export async function pgliteHistory(
  cache: string,
  dataDir: string,
  spec: SeedSpec,
  start: number,
): Promise<{ seedSeconds: number | null }> {
  const marker = path.join(cache, 'seeded.json');
  let seedSeconds: number | null = null;
  if (!fs.existsSync(marker)) {
    fs.rmSync(cache, { recursive: true, force: true });
    fs.mkdirSync(cache, { recursive: true });
    const t0 = performance.now();
    const db = await openDatabase({ dataDir: path.join(cache, 'pglite') });
    await seedHistory(db, spec, start);
    await db.close();
    seedSeconds = (performance.now() - t0) / 1000;
    fs.writeFileSync(marker, JSON.stringify({ ...spec, start, seedSeconds }));
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.cpSync(path.join(cache, 'pglite'), path.join(dataDir, 'pglite'), { recursive: true });
  return { seedSeconds };
}

/** The start the cached folder was seeded with (its days end where they ended then). */
export function cachedStart(cache: string): number | null {
  const marker = path.join(cache, 'seeded.json');
  if (!fs.existsSync(marker)) return null;
  return (JSON.parse(fs.readFileSync(marker, 'utf8')) as { start: number }).start;
}
