// What the server stores for a batch of events, made without the database: validation (and, for
// a rejected event, the bounded text kept of it), and the JSON that insertEvents hands to
// PostgreSQL. Pure, so the admin worker thread (server/jobs) makes the same rows as a push.
import { eventBoundsProblem, validateEvent } from '../../shared/validate';
import type { KioskEvent } from '../../shared/types';

/** Longest text kept of a rejected event; longer ones keep a note and their start. */
export const MAX_REJECTED_RAW = 64 * 1024;

export type Checked =
  | { seq: number; ok: true; event: KioskEvent }
  | { seq: number; ok: false; id: string | null; problems: string[]; raw: string };

/** The id of a malformed event when it can be shown safely (for the report and forensics). */
function readableId(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && /^[\x20-\x7e]{1,100}$/.test(id) ? id : null;
}

/**
 * The text kept of a rejected input: its JSON when it is within the bounds of an event and not
 * too long, otherwise a note saying why and what it started with. Never throws, so one bad
 * event can only ever be rejected, never fail its push or the pushes committed with it.
 */
export function rejectedText(raw: unknown): string {
  let problem: string | null;
  try {
    problem = eventBoundsProblem(raw);
    if (problem === null) {
      const text = JSON.stringify(raw) ?? 'null';
      if (text.length <= MAX_REJECTED_RAW) return text;
      return JSON.stringify({
        omitted: `over ${MAX_REJECTED_RAW} characters`,
        start: text.slice(0, 1_024),
      });
    }
  } catch {
    problem = 'could not be read';
  }
  return JSON.stringify({ omitted: problem });
}

/** Validates a batch for `kioskId`: another kiosk's event, or an id repeated in it, is malformed. */
export function checkBatch(kioskId: string, items: readonly { seq: number }[]): Checked[] {
  const seen = new Set<string>();
  return items.map((raw): Checked => {
    const result = validateEvent(raw);
    const problems = result.ok ? [] : result.errors;
    if (result.ok && result.event.kioskId !== kioskId) {
      problems.push(`kioskId: expected ${kioskId}, the kiosk that sent it`);
    }
    if (result.ok && seen.has(result.event.id)) problems.push('id: repeated in this batch');
    if (result.ok && problems.length === 0) {
      seen.add(result.event.id);
      return { seq: raw.seq, ok: true, event: result.event };
    }
    return { seq: raw.seq, ok: false, id: readableId(raw), problems, raw: rejectedText(raw) };
  });
}

/**
 * The rows of `events` as insertEvents' one JSON parameter, in order (server_seq follows it),
 * each with the time it was received.
 */
export function eventRowsJson(events: readonly { event: KioskEvent; now: number }[]): string {
  return JSON.stringify(
    events.map(({ event: e, now }, n) => ({
      n,
      id: e.id,
      kiosk_id: e.kioskId,
      seq: e.seq,
      type: e.type,
      at: e.at,
      body: JSON.stringify(e),
      received_at: now,
    })),
  );
}
