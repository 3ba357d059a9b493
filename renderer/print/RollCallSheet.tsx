// The roll call on paper: a table whose header (centre, kiosk, date and time, total, groups and
// the column titles) repeats at the top of every page, and "Page x / y" at the foot of each (a
// page margin box). Like the badge sheets it renders into document.body through a
// portal and is hidden on screen; while it is mounted it is the whole printout.
import { createPortal } from 'react-dom';
import { formatDate } from '../../shared/i18n';
import { groupCounts, type RollCallEntry } from '../../shared/roll-call';
import { formatClock } from '../../shared/time';
import type { LanguageCode } from '../../shared/types';
import type { Translate } from '../i18n';
import './rollcall.css';

export interface RollCallSheetText {
  /** "TUMO Liège · Poste : Accueil" */
  where: string;
  /** "Appel d'évacuation — liste établie le 4 décembre 2026 à 10:42" */
  when: string;
  /** "Dans le bâtiment : 120" */
  total: string;
  /** "Par groupe : animation 20 · dessin 19 …", or '' when nobody has a group. */
  groups: string;
  columns: { present: string; name: string; groups: string; arrived: string };
  /** The word before the page numbers: "Page". */
  page: string;
}

/**
 * The sheet's words in the screen's language, for the list made at `at` (the kiosk's roll call
 * and the console's live page print the same sheet).
 */
export function rollCallSheetText(
  t: Translate,
  language: LanguageCode,
  where: string,
  at: number,
  entries: readonly RollCallEntry[],
): RollCallSheetText {
  const groups = groupCounts(entries);
  return {
    where,
    when: `${t('rollcall.open')} — ${t('rollcall.at', { date: formatDate(language, at, 'long'), time: formatClock(at) })}`,
    total: t('rollcall.title', { count: entries.length }),
    groups:
      groups.length === 0
        ? ''
        : t('rollcall.by-group', { list: groups.map(([name, n]) => `${name} ${n}`).join(' · ') }),
    columns: {
      present: t('rollcall.present'),
      name: t('rollcall.name'),
      groups: t('rollcall.groups'),
      arrived: t('rollcall.arrived'),
    },
    page: t('rollcall.page'),
  };
}

export function RollCallSheet(props: {
  entries: readonly RollCallEntry[];
  ticked: ReadonlySet<string>;
  text: RollCallSheetText;
}) {
  const { entries, ticked, text } = props;
  // A page margin box has no DOM text of its own and does not see custom properties: its
  // translated word goes into a rule of its own (the CSP allows inline styles).
  const pageRule = `@page rollcall { @bottom-right { content: ${JSON.stringify(text.page)} " " counter(page) " / " counter(pages); } }`;
  return createPortal(
    <div className="rollcall-print">
      <style>{pageRule}</style>
      <table className="rollcall-sheet">
        <colgroup>
          <col className="rollcall-sheet__present" />
          <col />
          <col className="rollcall-sheet__groups" />
          <col className="rollcall-sheet__arrived" />
        </colgroup>
        <thead>
          <tr>
            <th colSpan={4} className="rollcall-sheet__head">
              <div className="rollcall-sheet__where">{text.where}</div>
              <div>{text.when}</div>
              <div className="rollcall-sheet__total">{text.total}</div>
              {text.groups && <div className="rollcall-sheet__by-group">{text.groups}</div>}
            </th>
          </tr>
          <tr className="rollcall-sheet__columns">
            <th scope="col">{text.columns.present}</th>
            <th scope="col">{text.columns.name}</th>
            <th scope="col">{text.columns.groups}</th>
            <th scope="col">{text.columns.arrived}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ learner, arrivedAt }) => (
            <tr key={learner.id}>
              <td className="rollcall-sheet__box">{ticked.has(learner.id) ? '☑' : '☐'}</td>
              <td>
                {learner.lastName.toLocaleUpperCase('fr')} {learner.firstName}
              </td>
              <td>{learner.groups.join(', ')}</td>
              <td>{arrivedAt === null ? '—' : formatClock(arrivedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
