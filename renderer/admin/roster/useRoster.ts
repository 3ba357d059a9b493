// The roster, live, with its search index: rebuilt once per roster change, so a keystroke in the
// search box costs a few binary searches even with 10,000 learners.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildSearchIndex, type SearchIndex } from '../../../shared/search';
import type { KioskDatabase, LearnerRow } from '../../db/schema';

export interface Roster {
  learners: Map<string, LearnerRow>;
  index: SearchIndex;
  active: number;
  archived: number;
}

export function useRoster(db: KioskDatabase): Roster | undefined {
  // Rows without names are placeholders for archives that arrived before their learner.
  const rows = useLiveQuery(
    () => db.learners.filter((l) => l.firstName !== '' || l.lastName !== '').toArray(),
    [db],
  );
  return useMemo(() => {
    if (!rows) return undefined;
    const active = rows.reduce((n, row) => n + (row.status === 'active' ? 1 : 0), 0);
    return {
      learners: new Map(rows.map((row) => [row.id, row])),
      index: buildSearchIndex(rows),
      active,
      archived: rows.length - active,
    };
  }, [rows]);
}
