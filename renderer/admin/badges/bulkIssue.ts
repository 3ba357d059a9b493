// Badges for everyone: a badge for each of many learners who have none (a new roster of 1,500).
// Written in batches, each ONE read-write transaction that checks its learners again and appends
// their badge-issued events: a batch is all or nothing, the screen's progress moves between
// batches, and the sync and the scanner get the database in between. A failure keeps the batches
// already written; running it again issues the rest, since a learner with a badge is skipped.
import { generateToken } from '../../../shared/badge';
import type { IssuedBadge } from '../../../shared/badge-actions';
import type { BadgeIssuedEvent, EventBody, StaffMember } from '../../../shared/types';
import { appendEvents, appendTables } from '../../db/append';
import type { KioskDatabase } from '../../db/schema';

type RandomBytes = (n: number) => Uint8Array;
const cryptoRandomBytes: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

/** Learners a transaction handles: a few milliseconds of work each, and six for 1,500. */
const BATCH = 250;

export interface BulkIssueResult {
  /** In the order the learners were asked for. */
  issued: IssuedBadge[];
  /** Learners asked for who got none: a badge already, archived, or unknown. */
  skipped: number;
}

interface BulkOptions {
  now?: number;
  randomBytes?: RandomBytes;
  batch?: number;
  /** After each committed batch: learners handled so far, of all asked for, and badges issued. */
  onProgress?: (done: number, total: number, issued: number) => void;
  /** After each committed batch, with its badges: their cards can be made while the next is written. */
  onBatch?: (issued: readonly IssuedBadge[]) => void;
}

export async function issueMissingBadges(
  db: KioskDatabase,
  staff: Pick<StaffMember, 'id'>,
  learnerIds: readonly string[],
  options: BulkOptions = {},
): Promise<BulkIssueResult> {
  const ids = [...new Set(learnerIds)];
  const batch = options.batch ?? BATCH;
  const randomBytes = options.randomBytes ?? cryptoRandomBytes;
  const actor = { kind: 'staff', staffId: staff.id } as const;
  const issued: IssuedBadge[] = [];
  for (let start = 0; start < ids.length; start += batch) {
    const slice = ids.slice(start, start + batch);
    const now = options.now ?? Date.now();
    const written = await db.transaction('rw', appendTables(db), async () => {
      const [learners, badges] = await Promise.all([
        db.learners.bulkGet(slice),
        db.badges.where('learnerId').anyOf(slice).toArray(),
      ]);
      const holders = new Set(badges.filter((b) => b.status === 'active').map((b) => b.learnerId));
      const wanting = slice.filter((id, i) => {
        const learner = learners[i];
        return (
          learner !== undefined &&
          learner.status === 'active' &&
          (learner.firstName !== '' || learner.lastName !== '') &&
          !holders.has(id)
        );
      });
      const tokens = await freshTokens(db, wanting.length, randomBytes);
      const bodies = wanting.map((learnerId, i): EventBody<BadgeIssuedEvent> => ({
        type: 'badge-issued',
        learnerId,
        token: tokens[i]!,
        actor,
      }));
      await appendEvents(db, bodies, now);
      return bodies.map(({ learnerId, token }) => ({ learnerId, token }));
    });
    issued.push(...written);
    options.onBatch?.(written);
    options.onProgress?.(Math.min(start + batch, ids.length), ids.length, issued.length);
  }
  return { issued, skipped: ids.length - issued.length };
}

/**
 * `count` tokens no badge row has ever used, nor each other (see badgeActions' freshToken: a
 * reused revoked token would make a dead card). Collisions at 80 bits are all but impossible.
 */
async function freshTokens(
  db: KioskDatabase,
  count: number,
  randomBytes: RandomBytes,
): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => generateToken(randomBytes));
  for (let attempt = 0; attempt < 8; attempt++) {
    const known = await db.badges.bulkGet(tokens);
    const seen = new Set<string>();
    let clashes = 0;
    tokens.forEach((token, i) => {
      if (known[i] !== undefined || seen.has(token)) {
        tokens[i] = generateToken(randomBytes);
        clashes++;
      }
      seen.add(tokens[i]!);
    });
    if (clashes === 0) return tokens;
  }
  throw new Error('freshTokens: the random source keeps repeating known tokens');
}
