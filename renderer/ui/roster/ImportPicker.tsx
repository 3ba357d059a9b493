// "Import a file": a file button in the screen's language (ui/fields.tsx; keyboard operable, with
// a visible label) that reads the file in the browser and hands its rows to be planned (on the
// kiosk against its database, in the console by the server). Nothing is written here; the
// preview decides.
import { useState, type ChangeEvent } from 'react';
import type { RosterInput } from '../../../shared/roster-import';
import { useI18n } from '../../i18n';
import { FileButton } from '../fields';
import { readRosterFile, type FileFormat } from './readFile';

/** A file read to rows, ready to be planned. */
export interface ReadRoster {
  fileName: string;
  format: FileFormat;
  /** Kept to plan again if the roster changes between preview and commit. */
  input: RosterInput;
  /** When the file was chosen: the preview measures itself from there. */
  chosenAt: number;
}

export function ImportPicker(props: {
  /** Plans the import of the rows read (its failure is shown beside the button). */
  onRead: (read: ReadRoster) => Promise<void>;
  /** Why planning failed, in the admin's words (default: the file could not be read). */
  explain?: (error: unknown) => string | null;
}) {
  const { onRead, explain } = props;
  const { t } = useI18n();
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosenAt = event.timeStamp;
    const element = event.currentTarget;
    const file = element.files?.[0];
    if (!file) return;
    setProblem(null);
    setChosen(file.name);
    setReading(file.name);
    try {
      const result = await readRosterFile(file.name, await file.arrayBuffer());
      if (!result.ok) {
        const reason = t(`roster.read.${result.problem}`);
        setProblem(t('roster.read.refused', { file: file.name, reason }));
      } else {
        const { format, input } = result;
        await onRead({ fileName: file.name, format, input, chosenAt });
      }
    } catch (error) {
      console.error('Roster file could not be read', error);
      const reason = explain?.(error) ?? t('roster.read.failed');
      setProblem(t('roster.read.refused', { file: file.name, reason }));
    } finally {
      setReading(null);
      // Choosing the same file again (after fixing it) must fire `change` again.
      element.value = '';
    }
  };

  return (
    <div className="roster__import">
      <label htmlFor="roster-file" className="roster__import-label">
        {t('roster.import.label')}
      </label>
      <FileButton
        id="roster-file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby="roster-file-hint"
        fileName={chosen}
        onChange={choose}
      />
      <p id="roster-file-hint" className="roster__hint">
        {t('roster.import.hint')}
      </p>
      <p role="status" className="roster__hint">
        {reading === null ? '' : t('roster.import.reading', { file: reading })}
      </p>
      {problem && (
        <p className="staff__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
