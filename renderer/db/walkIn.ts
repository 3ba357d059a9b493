// A learner who walks in without being on the roster: reception registers them and gives them a
// badge at once. Two roster events like any an admin makes (learner-upserted, badge-issued), in
// one transaction, with the staff member as actor: they sync like the rest of the roster.
import { MAX_IMPORT_NAME_LENGTH } from '../../shared/roster-import';
import type { LanguageCode, Learner, StaffMember } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { appendEvents, appendTables } from './append';
import { freshToken, type RandomBytes } from './badges';
import type { KioskDatabase } from './schema';

export interface WalkIn {
  firstName: string;
  lastName: string;
  group: string;
  language: LanguageCode | null;
}

const cryptoRandomBytes: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));
const CONTROL = /\p{Cc}/u;

/** The walk-in as a learner, or null when a name is missing, too long or holds controls. */
export function walkInLearner(walkIn: WalkIn, id: string): Learner | null {
  const firstName = walkIn.firstName.trim();
  const lastName = walkIn.lastName.trim();
  const group = walkIn.group.trim();
  const fine = (text: string) => text.length <= MAX_IMPORT_NAME_LENGTH && !CONTROL.test(text);
  if (!firstName || !lastName || ![firstName, lastName, group].every(fine)) return null;
  const groups = group ? [group] : [];
  return { id, firstName, lastName, groups, language: walkIn.language, status: 'active' };
}

/**
 * Registers the walk-in and issues their badge; resolves to both, or to null when the form is
 * not complete. Their id is made here ("W-" and the random end of a UUIDv7): it cannot meet a
 * school's ids, nor another kiosk's walk-ins.
 */
export async function registerWalkIn(
  db: KioskDatabase,
  staff: StaffMember,
  walkIn: WalkIn,
  now = Date.now(),
  randomBytes: RandomBytes = cryptoRandomBytes,
): Promise<{ learner: Learner; token: string } | null> {
  const learner = walkInLearner(walkIn, `W-${uuidv7(now, randomBytes).slice(-12)}`);
  if (!learner) return null;
  const actor = { kind: 'staff', staffId: staff.id } as const;
  return db.transaction('rw', appendTables(db), async () => {
    const token = await freshToken(db, randomBytes);
    await appendEvents(
      db,
      [
        { type: 'learner-upserted', learner, actor },
        { type: 'badge-issued', learnerId: learner.id, token, actor },
      ],
      now,
    );
    return { learner, token };
  });
}
