// Start-up: open the database, make sure this kiosk has its identity, ask the browser to keep
// the data. Reads only single rows by key: start-up cost does not grow with the event log.
import { DEFAULT_SETTINGS, type CheckInSettings, type KioskSettings } from '../../shared/types';
import { validateKioskSettings } from '../../shared/validate';
import { ensureKiosk } from './append';
import { KioskDatabase, type KioskRow } from './schema';
import { readSetting } from './settings';

export interface OpenedDatabase {
  db: KioskDatabase;
  kiosk: KioskRow;
  settings: CheckInSettings;
  /** The admin's settings; null until an admin first saves them (the host config applies). */
  kioskSettings: KioskSettings | null;
  /** False when the browser may evict the data under storage pressure: staff are told. */
  persisted: boolean;
}

export async function openKioskDatabase(db = new KioskDatabase()): Promise<OpenedDatabase> {
  await db.open();
  const [kiosk, settings, kioskSettings, persisted] = await Promise.all([
    ensureKiosk(db),
    loadCheckInSettings(db),
    loadKioskSettings(db),
    requestPersistence(),
  ]);
  return { db, kiosk, settings, kioskSettings, persisted };
}

/**
 * The settings projected from the newest settings-changed event, or null when there is none (or
 * the row does not pass the event's own validation: an old or damaged database).
 */
export async function loadKioskSettings(db: KioskDatabase): Promise<KioskSettings | null> {
  const value = await readSetting(db, 'kiosk');
  if (value === undefined) return null;
  const checked = validateKioskSettings(value);
  return checked.ok ? checked.settings : null;
}

export async function loadCheckInSettings(db: KioskDatabase): Promise<CheckInSettings> {
  const value: Partial<CheckInSettings> = (await readSetting(db, 'check-in')) ?? {};
  return {
    mode: value.mode === 'in-and-out' ? 'in-and-out' : DEFAULT_SETTINGS.mode,
    cooldownMs:
      typeof value.cooldownMs === 'number' && value.cooldownMs >= 0
        ? value.cooldownMs
        : DEFAULT_SETTINGS.cooldownMs,
  };
}

async function requestPersistence(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch (error) {
    console.warn('navigator.storage.persist() failed', error);
    return false;
  }
}
