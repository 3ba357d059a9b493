// Runs the sync engine for as long as the kiosk is open and enrolled: created when the server
// row appears (enrolment), replaced when it changes, stopped when it goes (unenrolment).
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { KioskBridge } from '../../shared/bridge';
import type { KioskDatabase } from '../db/schema';
import { createSyncEngine, type SyncEngine } from './engine';
import { readServer, readSyncState } from './state';

interface SyncControls {
  /** "Sync now"; does nothing when the kiosk is not enrolled. */
  requestSync(): void;
}

const SyncContext = createContext<SyncControls>({ requestSync: () => undefined });

export function SyncProvider(props: {
  db: KioskDatabase;
  bridge: KioskBridge;
  children: ReactNode;
}) {
  const { db, bridge } = props;
  const server = useLiveQuery(() => readServer(db), [db]);
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  const url = server?.url;
  const enrolledAt = server?.enrolledAt;

  useEffect(() => {
    if (!url) return;
    const created = createSyncEngine({
      db,
      // Called through a function: a bare `fetch` reference loses its `window` receiver.
      fetch: (input, init) => fetch(input, init),
      serverUrl: url,
      getToken: () => bridge.loadDeviceToken(),
      about: async () => {
        const [appVersion, crashes] = await Promise.all([
          bridge.appVersion(),
          bridge.crashReport(),
        ]);
        return { appVersion, crashes };
      },
      connectivity: window,
    });
    created.start();
    setEngine(created);
    return () => {
      created.stop();
      setEngine(null);
    };
  }, [db, bridge, url, enrolledAt]);

  const controls = useMemo<SyncControls>(
    () => ({ requestSync: () => engine?.requestSync() }),
    [engine],
  );
  return <SyncContext.Provider value={controls}>{props.children}</SyncContext.Provider>;
}

export function useSyncControls(): SyncControls {
  return useContext(SyncContext);
}

/** The server, marks, status and outbox size, live. */
export function useSyncState(db: KioskDatabase) {
  return useLiveQuery(() => readSyncState(db), [db]);
}
