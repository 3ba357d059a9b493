// Storage failures a receptionist must hear about, told apart from the rest.
export type StorageProblem = 'quota' | 'backing-store' | 'unknown';

function chain(error: unknown): unknown[] {
  const seen: unknown[] = [];
  let current: unknown = error;
  // Dexie wraps the DOMException in `inner`; an aborted transaction carries it in `cause`.
  while (current && typeof current === 'object' && !seen.includes(current) && seen.length < 8) {
    seen.push(current);
    const next: unknown =
      (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
    current = next;
  }
  return seen;
}

export function classifyStorageError(error: unknown): StorageProblem {
  for (const link of chain(error)) {
    const { name, message } = link as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return 'quota';
    if (typeof message === 'string') {
      if (/quota/i.test(message)) return 'quota';
      if (/backing store/i.test(message)) return 'backing-store';
    }
  }
  return 'unknown';
}
