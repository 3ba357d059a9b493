import type { MessagePort } from 'node:worker_threads';

// Messages between db.ts (the request thread) and pglite-worker.ts. Statements inside a
// transaction name it by the id of the message that began it.
export type ToPglite =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'close' }
  /** Another thread's way in (db.ts link()): statements arrive on `port` too, answered there. */
  | { id: number; op: 'attach'; port: MessagePort };

/** The answer to message `id` (0: the engine is open, or failed to open). */
export type FromPglite =
  | { id: number; ok: true; rows?: unknown[]; rowCount?: number }
  | { id: number; ok: false; error: { message: string; fields: Record<string, string | number> } };
