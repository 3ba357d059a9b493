// Pull: events made elsewhere, page after page from the cursor. Each page's events, the
// check-ins that resolve this kiosk's unknown scans, and the new cursor commit in ONE
// transaction: a crash can lose a whole page (pulled again, deduplicated by id), never half.
import { DEFAULT_KIOSK_SETTINGS, type KioskEvent } from '../../shared/types';
import { MAX_PULL_LIMIT, type PullResponse } from '../../shared/sync-protocol';
import { validateEvent } from '../../shared/validate';
import { receiveTables, storeReceivedEvents } from '../db/receive';
import { writeSetting } from '../db/settings';
import { loadKioskSettings } from '../db/open';
import type { KioskDatabase } from '../db/schema';
import { request, SyncError, type HttpContext } from './request';
import type { SyncLog } from './log';
import { resolveUnknownBadges } from './resolve';
import { readMarks } from './state';

const DAY_MS = 86_400_000;

interface PullOptions {
  limit: number;
  now: () => number;
  log: SyncLog;
  afterPageStored?: () => void | Promise<void>;
  /** After each committed page, with the number of events it brought. */
  onPage?: (received: number) => void | Promise<void>;
}

export async function pullAll(
  db: KioskDatabase,
  http: HttpContext,
  options: PullOptions,
): Promise<number> {
  const kiosk = await db.kiosk.get('self');
  if (!kiosk) throw new Error('Kiosk identity missing');
  const retentionDays =
    (await loadKioskSettings(db))?.retentionDays ?? DEFAULT_KIOSK_SETTINGS.retentionDays;
  // A fresh kiosk (cursor 0) gets the whole roster but only the attendance it would keep.
  const attendanceSince = options.now() - retentionDays * DAY_MS;
  const limit = Math.max(1, Math.min(options.limit, MAX_PULL_LIMIT));
  let { cursor } = await readMarks(db);
  let received = 0;
  const fetchPage = async (since: number) => {
    const query = new URLSearchParams({
      since: String(since),
      limit: String(limit),
      attendanceSince: String(attendanceSince),
    });
    const answer = await request(http, 'GET', `/pull?${query}`);
    const page = readPage(answer.body);
    const events = page.events.flatMap((input): KioskEvent[] => {
      const checked = validateEvent(input);
      if (checked.ok) return [checked.event];
      // One bad event must not block the log: it is skipped and the developer told.
      options.log.error('pull: skipped an invalid event', { input, errors: checked.errors });
      return [];
    });
    return { page, events };
  };
  let next = fetchPage(cursor);
  for (;;) {
    const { page, events } = await next;
    const moves = page.cursor > cursor;
    if (page.more && moves) {
      // The next page downloads while this one is stored; it is only used once this one has
      // committed, so the order of commits (and each page's cursor) is unchanged.
      next = fetchPage(page.cursor);
      next.catch(() => undefined); // awaited next turn; a failure here must not go unhandled
    }
    const stored = await db.transaction('rw', receiveTables(db), async () => {
      const marks = await readMarks(db);
      const fresh = await storeReceivedEvents(db, events, options.now());
      await resolveUnknownBadges(db, events, kiosk.kioskId, options.now());
      await options.afterPageStored?.();
      const names = kioskNames(page.kiosks);
      if (names) await writeSetting(db, 'sync.kiosk-names', names);
      if (page.cursor > marks.cursor) {
        await writeSetting(db, 'sync.marks', { ...marks, cursor: page.cursor });
      } else if (page.cursor < marks.cursor) {
        options.log.warn(`pull: server cursor ${page.cursor} is behind ours (${marks.cursor})`);
      }
      return fresh;
    });
    received += page.events.length;
    await options.onPage?.(received);
    if (stored < events.length) {
      options.log.info(`pull: ${events.length - stored} events were already here`);
    }
    if (!page.more) return received;
    // `more` with a cursor that does not move would pull the same page forever.
    if (!moves) throw new SyncError('protocol', `pull: cursor stuck at ${cursor}`);
    cursor = page.cursor;
  }
}

/** The kiosks' names a last page carries (exports), keeping only text names. */
function kioskNames(kiosks: unknown): Record<string, string> | null {
  if (typeof kiosks !== 'object' || kiosks === null || Array.isArray(kiosks)) return null;
  const names: Record<string, string> = {};
  for (const [id, name] of Object.entries(kiosks)) if (typeof name === 'string') names[id] = name;
  return names;
}

function readPage(body: unknown): PullResponse & { events: unknown[] } {
  const page = body as Partial<PullResponse> | undefined;
  if (
    !page ||
    !Array.isArray(page.events) ||
    typeof page.cursor !== 'number' ||
    !Number.isSafeInteger(page.cursor) ||
    typeof page.more !== 'boolean'
  ) {
    throw new SyncError('protocol', 'pull: answer without events/cursor/more');
  }
  return page as PullResponse & { events: unknown[] };
}
