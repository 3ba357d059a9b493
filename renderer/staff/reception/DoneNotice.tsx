// What reception just did, shown and announced. A check done by hand can be undone from here, in
// one tap, for UNDO_MS: the slip noticed at once (the wrong row, the wrong button) needs no
// search, no reason to choose.
import { useEffect, useState } from 'react';
import { Notice } from '../../ui/controls';

export const UNDO_MS = 10_000;

export interface Done {
  /** Counts what was done, from 1: the same words twice are news too. */
  serial: number;
  text: string;
  undo?: { label: string; run: () => Promise<void> };
}

export function DoneNotice(props: { done: Done | null }) {
  const { done } = props;
  const [expired, setExpired] = useState(0);
  useEffect(() => {
    if (!done?.undo) return;
    const timer = setTimeout(() => setExpired(done.serial), UNDO_MS);
    return () => clearTimeout(timer);
  }, [done]);
  const [busy, setBusy] = useState(false);
  const undo = done?.undo && done.serial !== expired ? done.undo : null;

  return (
    <div className="reception__done">
      <Notice text={done?.text ?? ''} />
      {undo && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void undo.run().finally(() => setBusy(false));
          }}
        >
          {undo.label}
        </button>
      )}
    </div>
  );
}
