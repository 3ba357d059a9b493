// The sync client's log for the developer (why something failed). Staff read the status instead.
export interface SyncLog {
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

export const consoleSyncLog: SyncLog = {
  info: (message, details) => console.info(`[sync] ${message}`, ...(details ? [details] : [])),
  warn: (message, details) => console.warn(`[sync] ${message}`, ...(details ? [details] : [])),
  error: (message, details) => console.error(`[sync] ${message}`, ...(details ? [details] : [])),
};

export const silentSyncLog: SyncLog = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
