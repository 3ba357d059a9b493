// A roster import through the server: the rows the browser read, planned by the server's import
// (a dry run for the preview), then written if the roster has not moved since the preview.
import type { ConsoleImportRequest, ConsoleImportResponse } from '../../../shared/console-roster';
import type { RosterInput } from '../../../shared/roster-import';
import { api, ConsoleApiError } from '../api';
import { ROSTER_API } from './useConsoleRoster';

/**
 * The server's plan (and, unless a dry run, what it wrote). A plan with errors is an answer
 * too (422, nothing written): its problems are the report.
 */
export async function planImport(
  input: RosterInput,
  options: { dryRun: true } | { dryRun: false; rosterSeq: number },
): Promise<ConsoleImportResponse> {
  const body: ConsoleImportRequest = { input, ...options };
  try {
    return await api.post<ConsoleImportResponse>(`${ROSTER_API}/import`, body);
  } catch (error) {
    if (error instanceof ConsoleApiError && error.status === 422) {
      return error.body as unknown as ConsoleImportResponse;
    }
    throw error;
  }
}
