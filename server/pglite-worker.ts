// PGlite in a worker thread of its own (db.ts starts it): PostgreSQL compiled to WebAssembly runs
// each statement synchronously, so on the request thread an export's page reads or an import's
// inserts held every push and /health for as long as they ran. Here only the statements wait for
// one another; the request thread ships SQL and gets rows. Bundled as pglite-worker.js
// (server/vite.config.ts).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { FromPglite, ToPglite } from './pglite-protocol';

// int8 as numbers (db.ts says why).
const INT8_OID = 20;
const port = parentPort!;

/** An error as plain data: structured cloning keeps only an Error's message, not its code. */
function plain(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  }
  return { message: error.message, fields };
}

const { dataDir } = workerData as { dataDir: string | undefined };
const engine = await PGlite.create(dataDir ?? 'memory://', {
  parsers: { [INT8_OID]: (value: string) => Number(value) },
}).catch((error: unknown) => {
  port.postMessage({ id: 0, ok: false, error: plain(error) } satisfies FromPglite);
  throw error;
});

/**
 * Open transactions, by the port they came through and the id of their begin message: each a
 * PGlite transaction() held open until its end message.
 */
const open = new Map<string, { tx: Transaction; end: (commit: boolean) => void }>();
/** The rejection that makes PGlite roll a transaction back, not an error to report. */
const ROLLBACK = Symbol('rollback');
const ended = new Map<string, Promise<void>>();

async function run(message: ToPglite, from: number): Promise<FromPglite> {
  const { id } = message;
  const key = (tx: number) => `${from}:${tx}`;
  switch (message.op) {
    case 'query': {
      const on = message.tx === undefined ? engine : open.get(key(message.tx))!.tx;
      const result = await on.query(message.sql, message.params);
      return {
        id,
        ok: true,
        rows: result.rows,
        rowCount: result.affectedRows ?? result.rows.length,
      };
    }
    case 'exec': {
      const on = message.tx === undefined ? engine : open.get(key(message.tx))!.tx;
      await on.exec(message.sql);
      return { id, ok: true };
    }
    case 'begin': {
      // PGlite queues every other statement while this transaction is open.
      let started!: () => void;
      const ready = new Promise<void>((resolve) => (started = resolve));
      const done = engine.transaction(
        (tx) =>
          new Promise<void>((resolve, reject) => {
            open.set(key(id), { tx, end: (commit) => (commit ? resolve() : reject(ROLLBACK)) });
            started();
          }),
      );
      const outcome = done.then(
        () => {},
        (error: unknown) => {
          if (error !== ROLLBACK) throw error;
        },
      );
      ended.set(key(id), outcome);
      // A transaction that cannot start (the engine closed) fails here, not at its end.
      await Promise.race([ready, outcome]);
      return { id, ok: true };
    }
    case 'end': {
      const tx = key(message.tx);
      const outcome = ended.get(tx)!;
      open.get(tx)?.end(message.commit);
      open.delete(tx);
      ended.delete(tx);
      await outcome;
      return { id, ok: true };
    }
    case 'close':
      await engine.close();
      return { id, ok: true };
    case 'attach':
      listen(message.port, nextPort++);
      return { id, ok: true };
  }
}

let nextPort = 1;

/** Runs the statements that arrive on `on`, answering each there. */
function listen(on: MessagePort | typeof port, from: number) {
  const post = (message: FromPglite) => on.postMessage(message);
  on.on('message', (message: ToPglite) => {
    void run(message, from).then(post, (error: unknown) =>
      post({ id: message.id, ok: false, error: plain(error) }),
    );
  });
}

listen(port, 0);
port.postMessage({ id: 0, ok: true } satisfies FromPglite);
