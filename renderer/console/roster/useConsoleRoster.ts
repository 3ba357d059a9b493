// The server's learners and their badges for the console's roster and badges screens, loaded
// once and again after each change (a change answers with the row, the list is simply reloaded).
import { useCallback, useEffect, useState } from 'react';
import {
  CONSOLE_ROSTER_PATH,
  type ConsoleLearner,
  type ConsoleRosterResponse,
} from '../../../shared/console-roster';
import { CONSOLE_API } from '../../../shared/console';
import { api, ConsoleApiError } from '../api';

/** The console's API paths are relative to /v1/console. */
export const ROSTER_API = CONSOLE_ROSTER_PATH.slice(CONSOLE_API.length);

export const messageOf = (error: unknown) =>
  error instanceof ConsoleApiError ? error.message : String(error);

export interface ConsoleRoster {
  /** Named learners (as the kiosk lists them); null while the first load runs. */
  learners: ConsoleLearner[] | null;
  /** The roster version the list shows (an import previews and commits against it). */
  rosterSeq: number;
  /** Why the last load failed, in the page's language. */
  problem: string | null;
  reload: () => Promise<void>;
}

export function useConsoleRoster(): ConsoleRoster {
  const [state, setState] = useState<Omit<ConsoleRoster, 'reload'>>({
    learners: null,
    rosterSeq: 0,
    problem: null,
  });
  const reload = useCallback(async () => {
    try {
      const { learners, rosterSeq } = await api.get<ConsoleRosterResponse>(
        `${ROSTER_API}/learners`,
      );
      setState({ learners, rosterSeq, problem: null });
    } catch (error) {
      setState((current) => ({ ...current, problem: messageOf(error) }));
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  return { ...state, reload };
}
