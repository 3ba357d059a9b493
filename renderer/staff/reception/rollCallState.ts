// The roll call in progress, kept in the settings table: opening it, ticking people found and
// closing it. The ticks survive a reload (a crash, a restart, staff signing in again) because in an
// evacuation the list on screen is the one staff are working through.
import type { KioskDatabase } from '../../db/schema';
import { deleteSettings, readSetting, writeSetting, type RollCallState } from '../../db/settings';

export type { RollCallState };

export function readRollCall(db: KioskDatabase): Promise<RollCallState | undefined> {
  return readSetting(db, 'rollcall');
}

/** Opens the roll call; one already open is kept with its ticks. */
export async function openRollCall(db: KioskDatabase, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (!(await readSetting(db, 'rollcall'))) {
      await writeSetting(db, 'rollcall', { openedAt: now, ticked: [] });
    }
  });
}

/** Ticks a learner as found, or takes the tick back. Read and written in one transaction. */
export async function setTicked(
  db: KioskDatabase,
  learnerId: string,
  ticked: boolean,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const state = await readSetting(db, 'rollcall');
    if (!state) return;
    const rest = state.ticked.filter((id) => id !== learnerId);
    await writeSetting(db, 'rollcall', {
      ...state,
      ticked: ticked ? [...rest, learnerId] : rest,
    });
  });
}

/** Closes the roll call: its ticks are forgotten. */
export async function closeRollCall(db: KioskDatabase): Promise<void> {
  await deleteSettings(db, ['rollcall']);
}
