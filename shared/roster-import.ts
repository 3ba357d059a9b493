// Roster import: the rows of a CSV file (or, later, a spreadsheet: any reader that yields a header
// and numbered records) turned into learners, with a report an admin can act on line by line.
//
// Pure: the caller reads the file and writes the plan. The import is all-or-nothing, and that is
// the caller's duty: a plan with ok=false must write nothing, because a half-imported roster (some
// learners updated, a mistyped id added as a new learner) is worse than none.

import type { CsvParseResult, CsvProblem, CsvRecord } from './csv';
import type { LanguageCode, Learner } from './types';

export type RosterField = 'id' | 'firstName' | 'lastName' | 'groups' | 'language';

export type ImportProblemCode =
  | 'missing-column'
  | 'duplicate-column'
  | 'unknown-column'
  | 'empty-id'
  | 'duplicate-id'
  | 'empty-first-name'
  | 'empty-last-name'
  | 'too-long'
  | 'too-many-groups'
  | 'bad-language'
  | 'too-many-columns'
  | 'too-few-columns'
  | 'unterminated-quote'
  | 'stray-quote'
  | 'control-character'
  | 'line-break'
  | 'reactivated';

export interface ImportProblem {
  /** Physical line in the file (the header's line for file-level problems). */
  line: number;
  /**
   * The column's header as written in the file; for 'missing-column' the RosterField that has no
   * column; null for problems of a whole row or of the file's syntax.
   */
  column: string | null;
  problem: ImportProblemCode;
  /** The offending value, made safe to show: control characters as U+FFFD, at most 100 chars. */
  value?: string;
  severity: 'error' | 'warning';
}

export interface RosterInput {
  header: string[];
  records: CsvRecord[];
  parseProblems?: CsvProblem[];
  /** The header's line, for file-level problems; default 1. */
  headerLine?: number;
}

export interface RosterImportPlan {
  /** No error-severity problem. A plan that is not ok must not be written, not even in part. */
  ok: boolean;
  /** Every learner the file describes without error, in file order, active. */
  learners: Learner[];
  added: string[];
  /** Ids whose stored data change (including archived learners brought back). */
  updated: string[];
  unchanged: string[];
  /** Active learners that the file does not mention. The import never archives them itself. */
  notInFile: string[];
  problems: ImportProblem[];
}

/**
 * What a plan does, counted for the admin (the kiosk's summary and the server's answer). A refused
 * plan does nothing: it counts no learner to add, update or keep, only its problems.
 */
export interface ImportCounts {
  added: number;
  /** Changed learners that were already active. */
  updated: number;
  /** Archived learners the file brings back. */
  reactivated: number;
  unchanged: number;
  notInFile: number;
  errors: number;
  warnings: number;
}

export function countPlan(
  plan: RosterImportPlan,
  before: ReadonlyMap<string, Learner>,
): ImportCounts {
  const errors = plan.problems.filter((p) => p.severity === 'error').length;
  const warnings = plan.problems.length - errors;
  if (!plan.ok) {
    return { added: 0, updated: 0, reactivated: 0, unchanged: 0, notInFile: 0, errors, warnings };
  }
  const reactivated = plan.updated.filter((id) => before.get(id)?.status === 'archived').length;
  return {
    added: plan.added.length,
    updated: plan.updated.length - reactivated,
    reactivated,
    unchanged: plan.unchanged.length,
    notInFile: plan.notInFile.length,
    errors,
    warnings,
  };
}

export const MAX_IMPORT_ID_LENGTH = 64;
export const MAX_IMPORT_NAME_LENGTH = 200;
export const MAX_IMPORT_GROUPS = 50;

const REQUIRED: readonly RosterField[] = ['id', 'firstName', 'lastName'];

/** Case and accents do not matter: "FRANÇAIS", "francais". */
function foldCase(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Nor, in headers, spaces and _ - . : "N°", "Prénom", "first_name", "Learner ID" all match. */
function normaliseKey(text: string): string {
  return foldCase(text).replace(/[\s_.-]+/g, '');
}

// Written as "|"-separated lists to keep them short; each alias goes through normaliseKey.
// "nº" is there because NFKD folds the ordinal indicator to "no".
const HEADER_ALIASES: Record<RosterField, string> = {
  id:
    'id|identifiant|matricule|numéro|n°|nº|learner id|number|' +
    'leerlingnummer|nummer|schülernummer|schuelernummer',
  firstName: 'prénom|first name|given name|voornaam|vorname',
  lastName: 'nom|nom de famille|last name|surname|family name|achternaam|familienaam|nachname',
  groups: 'groupes|groupe|ateliers|atelier|groups|group|groepen|groep|gruppen|gruppe',
  language: 'langue|language|taal|sprache',
};

function keyedBy<T extends string>(
  lists: Record<T, string>,
  normalise: (text: string) => string,
): ReadonlyMap<string, T> {
  return new Map(
    (Object.keys(lists) as T[]).flatMap((value) =>
      lists[value].split('|').map((alias) => [normalise(alias), value] as const),
    ),
  );
}

const FIELD_BY_KEY = keyedBy(HEADER_ALIASES, normaliseKey);

/** The roster field a header names, or undefined for a column the import does not know. */
export function fieldForHeader(header: string): RosterField | undefined {
  return FIELD_BY_KEY.get(normaliseKey(header));
}

// Each language by its code and its name in French, Dutch, German and English ("Vlaams" and
// "flamand" too: a Belgian roster may well say Flemish).
const LANGUAGE_BY_KEY = keyedBy<LanguageCode>(
  {
    fr: 'fr|français|french|frans|französisch',
    nl: 'nl|nederlands|néerlandais|dutch|niederländisch|vlaams|flamand|flämisch',
    de: 'de|deutsch|allemand|german|duits',
    en: 'en|english|anglais|engels|englisch',
  },
  foldCase,
);

/** A language cell: a code, a name, or a regional tag (fr-BE); '' is null; else undefined. */
export function parseLanguage(value: string): LanguageCode | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  const tag = /^([a-z]{2})[-_][a-z]{2}$/i.exec(text);
  return LANGUAGE_BY_KEY.get(foldCase(tag?.[1] ?? text));
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** A line break in a cell (Excel's Alt+Enter, in a quoted CSV cell or a workbook's cell). */
const LINE_BREAK = /[\r\n]/;

// Whatever the file's delimiter: a quoted "Musique;Robotique" in a ';' file is two groups, as
// whoever typed it meant, and as it is in a ',' file or a spreadsheet.
const GROUP_SEPARATORS = /[|/,;]/;

/** A cell as one line: each line break, with the blanks around it, becomes one space. */
function oneLine(cell: string): string {
  return cell.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ').trim();
}

function displayValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- see CONTROL
  const safe = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
  if (safe.length <= 100) return safe;
  const cut = /[\uD800-\uDBFF]/.test(safe.charAt(99)) ? 99 : 100; // never split a surrogate pair
  return `${safe.slice(0, cut)}…`;
}

function sameLearner(a: Learner, b: Learner): boolean {
  // Group order carries no meaning, so a reordered cell alone is not a change.
  return (
    a.firstName === b.firstName &&
    a.lastName === b.lastName &&
    a.language === b.language &&
    a.status === b.status &&
    a.groups.length === b.groups.length &&
    a.groups.every((group) => b.groups.includes(group))
  );
}

/** The shape planRosterImport reads, from a parsed CSV file: its first record is the header. */
export function rosterInputFromCsv(parsed: CsvParseResult): RosterInput {
  const [first, ...records] = parsed.records;
  return {
    header: first?.cells ?? [],
    headerLine: first?.line ?? 1,
    records,
    parseProblems: parsed.problems,
  };
}

function problem(
  line: number,
  column: string | null,
  code: ImportProblemCode,
  value?: string,
  severity: ImportProblem['severity'] = 'error',
): ImportProblem {
  const entry: ImportProblem = { line, column, problem: code, severity };
  if (value !== undefined) entry.value = displayValue(value);
  return entry;
}

/** Which column holds each field; header problems go to `problems`. */
function mapHeader(
  names: readonly string[],
  records: readonly CsvRecord[],
  line: number,
  problems: ImportProblem[],
): Map<RosterField, number> {
  const columns = new Map<RosterField, number>();
  names.forEach((name, index) => {
    const field = fieldForHeader(name);
    if (field === undefined) {
      // Spreadsheets pad headers with empty cells: worth a word only if the column holds data.
      if (name !== '' || records.some((r) => (r.cells[index] ?? '').trim() !== '')) {
        problems.push(problem(line, name, 'unknown-column', undefined, 'warning'));
      }
    } else if (columns.has(field)) {
      problems.push(problem(line, name, 'duplicate-column'));
    } else {
      columns.set(field, index);
    }
  });
  for (const field of REQUIRED) {
    if (!columns.has(field)) problems.push(problem(line, field, 'missing-column'));
  }
  return columns;
}

/** One data row as a learner, or undefined when it has an error (reported to `problems`). */
function readRow(
  cells: readonly string[],
  line: number,
  column: (field: RosterField) => { index: number; name: string } | undefined,
  prior: (id: string) => Learner | undefined,
  problems: ImportProblem[],
): Learner | undefined {
  let bad = false;
  const report = (field: RosterField, code: ImportProblemCode, value?: string) => {
    problems.push(problem(line, column(field)?.name ?? null, code, value));
    bad = true;
  };
  /**
   * The trimmed cell, its line breaks made spaces (with a warning); undefined when the column is
   * absent or (reported) holds a control character.
   */
  const read = (field: RosterField): string | undefined => {
    const at = column(field);
    if (at === undefined) return undefined;
    let value = (cells[at.index] ?? '').trim();
    if (LINE_BREAK.test(value)) {
      problems.push(problem(line, at.name, 'line-break', value, 'warning'));
      value = oneLine(value);
    }
    if (!CONTROL.test(value)) return value;
    report(field, 'control-character', value);
    return undefined;
  };
  const text = (field: RosterField, max: number, empty: ImportProblemCode): string => {
    const value = read(field);
    if (value === '') report(field, empty);
    else if (value !== undefined && value.length > max) report(field, 'too-long', value);
    return value ?? '';
  };

  const id = text('id', MAX_IMPORT_ID_LENGTH, 'empty-id');
  const firstName = text('firstName', MAX_IMPORT_NAME_LENGTH, 'empty-first-name');
  const lastName = text('lastName', MAX_IMPORT_NAME_LENGTH, 'empty-last-name');
  const before = prior(id);
  let groups = [...(before?.groups ?? [])];
  const groupsCell = read('groups');
  if (groupsCell !== undefined) {
    groups = [...new Set(groupsCell.split(GROUP_SEPARATORS).map((g) => g.trim()))];
    groups = groups.filter((group) => group !== '');
    const long = groups.find((group) => group.length > MAX_IMPORT_NAME_LENGTH);
    if (long !== undefined) report('groups', 'too-long', long);
    if (groups.length > MAX_IMPORT_GROUPS) report('groups', 'too-many-groups', groupsCell);
  }
  let language = before?.language ?? null;
  const languageCell = read('language');
  if (languageCell !== undefined) {
    const parsed = parseLanguage(languageCell);
    if (parsed === undefined) report('language', 'bad-language', languageCell);
    else language = parsed;
  }
  return bad ? undefined : { id, firstName, lastName, groups, language, status: 'active' };
}

/**
 * Plans an import against the learners already known (by id). Values are trimmed. Optional columns
 * the file lacks (groups, language) keep each existing learner's value. Rows whose cells are all
 * empty are skipped (spreadsheets export untouched formatted rows as ";;;"). Ids are compared
 * exactly, case included.
 */
export function planRosterImport(
  input: RosterInput,
  existing: ReadonlyMap<string, Learner>,
): RosterImportPlan {
  const problems: ImportProblem[] = (input.parseProblems ?? []).map((p) =>
    problem(p.line, null, p.message),
  );
  const plan: RosterImportPlan = {
    ok: false,
    learners: [],
    added: [],
    updated: [],
    unchanged: [],
    notInFile: [],
    problems,
  };
  const names = input.header.map((cell) => cell.trim());
  const columns = mapHeader(names, input.records, input.headerLine ?? 1, problems);
  if (REQUIRED.some((field) => !columns.has(field))) return finish(plan);
  const column = (field: RosterField) => {
    const index = columns.get(field);
    return index === undefined ? undefined : { index, name: names[index] as string };
  };
  const idColumn = column('id')?.name ?? null;

  // Rows may stop short of trailing empty header cells, but not of the last named column.
  let width = names.length;
  while (width > 0 && names[width - 1] === '') width--;
  const rows: { line: number; learner: Learner }[] = [];
  const linesById = new Map<string, number[]>();

  for (const { line, cells } of input.records) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.length < width || cells.slice(names.length).some((cell) => cell.trim() !== '')) {
      // A row out of shape has shifted cells: judging them field by field would only mislead.
      const code = cells.length < width ? 'too-few-columns' : 'too-many-columns';
      problems.push(problem(line, null, code));
      continue;
    }
    const id = oneLine(cells[columns.get('id') as number] ?? '');
    if (id !== '' && !CONTROL.test(id)) {
      const lines = linesById.get(id);
      if (lines === undefined) linesById.set(id, [line]);
      else lines.push(line);
    }
    const learner = readRow(cells, line, column, (i) => existing.get(i), problems);
    if (learner !== undefined) rows.push({ line, learner });
  }

  for (const [id, lines] of linesById) {
    if (lines.length < 2) continue;
    for (const line of lines) problems.push(problem(line, idColumn, 'duplicate-id', id));
  }
  for (const { line, learner } of rows) {
    if ((linesById.get(learner.id) ?? []).length > 1) continue;
    plan.learners.push(learner);
    const prior = existing.get(learner.id);
    if (prior === undefined) plan.added.push(learner.id);
    else if (sameLearner(prior, learner)) plan.unchanged.push(learner.id);
    else {
      plan.updated.push(learner.id);
      if (prior.status === 'archived') {
        problems.push(problem(line, idColumn, 'reactivated', learner.id, 'warning'));
      }
    }
  }
  for (const [id, learner] of existing) {
    if (learner.status === 'active' && !linesById.has(id)) plan.notInFile.push(id);
  }
  plan.notInFile.sort();
  return finish(plan);
}

function finish(plan: RosterImportPlan): RosterImportPlan {
  plan.problems.sort((a, b) => a.line - b.line); // stable: a line's problems keep their order
  plan.ok = plan.problems.every((p) => p.severity !== 'error');
  return plan;
}
