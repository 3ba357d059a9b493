// Start-up: open the database, make sure this kiosk has its identity, ask the browser to keep
// the data. Reads only single rows by key: start-up cost does not grow with the event log.
import { DEFAULT_SETTINGS, type CheckInSettings } from '../../shared/types';
import { ensureKiosk } from './events';
import { KioskDatabase, type KioskRow } from './schema';

export interface OpenedDatabase {
  db: KioskDatabase;
  kiosk: KioskRow;
  settings: CheckInSettings;
  /** False when the browser may evict the data under storage pressure: staff are told. */
  persisted: boolean;
}

export async function openKioskDatabase(db = new KioskDatabase()): Promise<OpenedDatabase> {
  await db.open();
  const [kiosk, settings, persisted] = await Promise.all([
    ensureKiosk(db),
    loadCheckInSettings(db),
    requestPersistence(),
  ]);
  return { db, kiosk, settings, persisted };
}

export async function loadCheckInSettings(db: KioskDatabase): Promise<CheckInSettings> {
  const row = await db.settings.get('check-in');
  const value = (row?.value ?? {}) as Partial<CheckInSettings>;
  return {
    mode: value.mode === 'in-and-out' ? 'in-and-out' : DEFAULT_SETTINGS.mode,
    cooldownMs:
      typeof value.cooldownMs === 'number' && value.cooldownMs >= 0
        ? value.cooldownMs
        : DEFAULT_SETTINGS.cooldownMs,
  };
}

export async function saveCheckInSettings(
  db: KioskDatabase,
  settings: CheckInSettings,
): Promise<void> {
  await db.settings.put({ key: 'check-in', value: settings });
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
