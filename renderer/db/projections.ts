// The roster, staff and settings projections of the event log (learners, badges, staff and the
// settings rows), written in the transaction that stores the events they come from.
import { compareEvents } from '../../shared/attendance';
import type { KioskEvent, RosterEvent } from '../../shared/types';
import type { BadgeRow, KioskDatabase, LearnerRow, StaffRow } from './schema';
import { readRevision, writeSettings } from './settings';

/**
 * Roster projections. A learner row remembers the (at, id) of the event that last changed its
 * data and, separately, its status, so an older event arriving late never overwrites a newer one
 * (an archive is not undone by an earlier upsert that syncs after it); a revoked token stays
 * revoked.
 */
export async function applyProjections(
  db: KioskDatabase,
  events: readonly KioskEvent[],
  knownLearners?: Map<string, LearnerRow | undefined>,
): Promise<void> {
  await applyStaff(db, events);
  await applyRoster(db, events, knownLearners);
  await applySettings(db, events);
}

/** Settings rows: the whole KioskSettings, and the check-in part the scan screen reads. */
async function applySettings(db: KioskDatabase, events: readonly KioskEvent[]): Promise<void> {
  let newest = null;
  for (const e of events) {
    if (e.type === 'settings-changed' && (!newest || compareEvents(e, newest) > 0)) newest = e;
  }
  if (!newest) return;
  const current = await readRevision(db, 'kiosk');
  if (current && !isNewer(newest, current.revAt, current.revId)) return;
  const { settings } = newest;
  await writeSettings(db, [
    { key: 'kiosk', value: settings, revAt: newest.at, revId: newest.id },
    { key: 'check-in', value: { mode: settings.mode, cooldownMs: settings.cooldownMs } },
  ]);
}

async function applyStaff(db: KioskDatabase, events: readonly KioskEvent[]): Promise<void> {
  const changes = events
    .flatMap((e) => (e.type === 'staff-upserted' ? [e] : []))
    .sort(compareEvents);
  if (changes.length === 0) return;
  const rows = new Map<string, StaffRow>();
  const ids = [...new Set(changes.map((e) => e.staff.id))];
  (await db.staff.bulkGet(ids)).forEach((row) => row && rows.set(row.id, row));
  for (const event of changes) {
    const current = rows.get(event.staff.id);
    if (!current || isNewer(event, current.revAt, current.revId)) {
      rows.set(event.staff.id, { ...event.staff, revAt: event.at, revId: event.id });
    }
  }
  await db.staff.bulkPut([...rows.values()]);
}

async function applyRoster(
  db: KioskDatabase,
  events: readonly KioskEvent[],
  known?: Map<string, LearnerRow | undefined>,
): Promise<void> {
  const roster = events.filter(isRosterEvent).sort(compareEvents);
  if (roster.length === 0) return;

  // Only learner events change learner rows: a page of badge events reads and rewrites none.
  const learnerIds = [
    ...new Set(
      roster.flatMap((e) =>
        e.type === 'learner-upserted'
          ? [e.learner.id]
          : e.type === 'learner-archived'
            ? [e.learnerId]
            : [],
      ),
    ),
  ];
  const learners = new Map<string, LearnerRow>();
  const unread: string[] = [];
  for (const id of learnerIds) {
    if (!known?.has(id)) unread.push(id);
    else if (known.get(id)) learners.set(id, known.get(id)!);
  }
  if (unread.length > 0) {
    (await db.learners.bulkGet(unread)).forEach((row) => row && learners.set(row.id, row));
  }
  const tokens = [...new Set(roster.flatMap((e) => ('token' in e ? [e.token] : [])))];
  const badges = new Map<string, BadgeRow>();
  (await db.badges.bulkGet(tokens)).forEach((row) => row && badges.set(row.token, row));

  for (const event of roster) {
    switch (event.type) {
      case 'learner-upserted': {
        const { id, status, ...data } = event.learner;
        const current = learners.get(id) ?? placeholder(id);
        const next = { ...current };
        if (isNewer(event, current.revAt, current.revId))
          Object.assign(next, data, { revAt: event.at, revId: event.id });
        if (isNewer(event, current.statusAt, current.statusId))
          Object.assign(next, { status, statusAt: event.at, statusId: event.id });
        learners.set(id, next);
        break;
      }
      case 'learner-archived': {
        // An archive may arrive before the learner it archives: it is kept on a placeholder row.
        const current = learners.get(event.learnerId) ?? placeholder(event.learnerId);
        if (isNewer(event, current.statusAt, current.statusId)) {
          learners.set(event.learnerId, {
            ...current,
            status: 'archived',
            statusAt: event.at,
            statusId: event.id,
          });
        }
        break;
      }
      case 'badge-issued':
        if (badges.get(event.token)?.status !== 'revoked') {
          badges.set(event.token, {
            token: event.token,
            learnerId: event.learnerId,
            status: 'active',
          });
        }
        break;
      case 'badge-revoked':
        badges.set(event.token, {
          token: event.token,
          learnerId: event.learnerId,
          status: 'revoked',
        });
        break;
    }
  }
  const written = [...learners.values()];
  for (const row of written) known?.set(row.id, row);
  await Promise.all([db.learners.bulkPut(written), db.badges.bulkPut([...badges.values()])]);
}

function isRosterEvent(event: KioskEvent): event is RosterEvent {
  return (
    event.type === 'learner-upserted' ||
    event.type === 'learner-archived' ||
    event.type === 'badge-issued' ||
    event.type === 'badge-revoked'
  );
}

function isNewer(event: KioskEvent, at: number, id: string): boolean {
  return event.at > at || (event.at === at && event.id > id);
}

/** A learner known only from an archive so far; its upsert fills the names in. */
function placeholder(id: string): LearnerRow {
  return {
    id,
    firstName: '',
    lastName: '',
    groups: [],
    language: null,
    status: 'archived',
    revAt: -Infinity,
    revId: '',
    statusAt: -Infinity,
    statusId: '',
  };
}
