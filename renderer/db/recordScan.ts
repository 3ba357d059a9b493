// A scan, from decoded text to a stored event: one read-write transaction reads the badge, the
// learner and their events today (all by index), applies the policy and appends at most one event.
import { foldAttendance } from '../../shared/attendance';
import type { TokenProblem } from '../../shared/badge';
import { decideScan } from '../../shared/policy';
import { dayBounds, brusselsDay } from '../../shared/time';
import {
  isAttendanceEvent,
  type CheckInSettings,
  type LanguageCode,
  type Method,
} from '../../shared/types';
import type { ScanRead } from '../../shared/wedge';
import { classifyStorageError, type StorageProblem } from './errors';
import { appendEvents, appendTables } from './append';
import { lastUnknownScan, learnerEventsBetween } from './queries';
import type { KioskDatabase } from './schema';

/** What the learner sees: first name and language only, never the full record. */
export interface Greeted {
  firstName: string;
  language: LanguageCode | null;
}

export type ScanResult =
  | { outcome: 'welcome' | 'goodbye'; learner: Greeted; at: number }
  | { outcome: 'already-in' | 'already-out'; learner: Greeted; since: number }
  | { outcome: 'unknown' | 'revoked' | 'archived' }
  | { outcome: 'unreadable'; problem: TokenProblem }
  | { outcome: 'error'; problem: StorageProblem };

export async function recordScan(
  db: KioskDatabase,
  read: ScanRead,
  method: Exclude<Method, 'manual'>,
  settings: CheckInSettings,
  now = Date.now(),
): Promise<ScanResult> {
  if (!read.ok) return { outcome: 'unreadable', problem: read.problem };
  const { token } = read;
  try {
    return await db.transaction(
      'rw',
      [...appendTables(db), db.help],
      async (): Promise<ScanResult> => {
        const badge = (await db.badges.get(token)) ?? null;
        const learner = badge ? ((await db.learners.get(badge.learnerId)) ?? null) : null;
        const { start } = dayBounds(brusselsDay(now));
        const todays = learner ? await learnerEventsBetween(db, learner.id, start, now + 1) : [];
        const day =
          foldAttendance(
            todays.flatMap((row) => (isAttendanceEvent(row) ? [row] : [])),
            { now },
          ).get(learner?.id ?? '') ?? null;
        const lastUnknownAt = badge ? null : await lastUnknownScan(db, token, start);

        const decision = decideScan({ badge, learner, day, lastUnknownAt, now, settings });
        if (decision.write === 'unknown-badge') {
          await appendEvents(
            db,
            [{ type: 'unknown-badge', token, method, actor: { kind: 'kiosk' } }],
            now,
          );
        } else if (decision.write && learner) {
          const actor = { kind: 'learner', learnerId: learner.id } as const;
          await appendEvents(
            db,
            [{ type: decision.write, learnerId: learner.id, method, token, actor }],
            now,
          );
        }

        if (
          decision.outcome === 'unknown' ||
          decision.outcome === 'revoked' ||
          decision.outcome === 'archived'
        ) {
          // The learner is sent to reception: its panel shows the scan until staff settle it.
          await db.help.add({
            day: brusselsDay(now),
            at: now,
            token,
            outcome: decision.outcome,
            learnerId: badge?.learnerId ?? null,
          });
        }

        const greeted = learner && { firstName: learner.firstName, language: learner.language };
        switch (decision.outcome) {
          case 'welcome':
          case 'goodbye':
            return { outcome: decision.outcome, learner: greeted!, at: now };
          case 'already-in':
          case 'already-out':
            return { outcome: decision.outcome, learner: greeted!, since: decision.since };
          default:
            return { outcome: decision.outcome };
        }
      },
    );
  } catch (error) {
    console.error('Scan could not be recorded', error);
    return { outcome: 'error', problem: classifyStorageError(error) };
  }
}
