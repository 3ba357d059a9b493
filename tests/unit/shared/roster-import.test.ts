import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, parseCsv, toCsv } from '../../../shared/csv';
import type { CsvDelimiter } from '../../../shared/csv';
import {
  countPlan,
  fieldForHeader,
  parseLanguage,
  planRosterImport,
  rosterInputFromCsv,
} from '../../../shared/roster-import';
import type { RosterField } from '../../../shared/roster-import';
import type { Learner } from '../../../shared/types';

const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const plan = (text: string, existing: readonly Learner[] = []) =>
  planRosterImport(rosterInputFromCsv(parseCsv(text)), new Map(existing.map((l) => [l.id, l])));
const HEADER = 'id;prénom;nom;groupes;langue';
const learner = (id: string, firstName: string, lastName: string, extra: Partial<Learner> = {}) =>
  ({ id, firstName, lastName, groups: [], language: null, status: 'active', ...extra }) as Learner;
function error(line: number, column: string | null, problem: string, value?: string) {
  const entry = { line, column, problem, severity: 'error' };
  return value === undefined ? entry : { ...entry, value };
}

describe('headers', () => {
  const EXPECTED = [
    learner('1001', 'Léa', 'Dubois', { groups: ['animation', 'jeu vidéo'], language: 'fr' }),
    learner('1002', 'Noah', 'Van den Broeck', { language: 'nl' }),
    learner('1003', 'Lena', 'Schmitz', { groups: ['robotique'], language: 'de' }),
    learner('1004', 'Sam', "O'Neill", { language: 'en' }),
  ];
  // prettier-ignore
  it.each([
    ['French', 'Matricule;Prénom;Nom;Groupes;Langue', 'français|néerlandais|allemand|anglais'],
    ['Dutch', 'Leerlingnummer;Voornaam;Achternaam;Groepen;Taal', 'Frans|Nederlands|Duits|Engels'],
    ['German', 'Schülernummer;Vorname;Nachname;Gruppen;Sprache', 'Französisch|Niederländisch|Deutsch|Englisch'],
    ['English', 'Learner ID;First name;Last name;Groups;Language', 'French|Dutch|German|English'],
  ])('maps a %s file', (_, header, names) => {
    const languages = names.split('|');
    const rows = [
      `1001;Léa;Dubois;animation | jeu vidéo;${languages[0]}`,
      `1002; Noah ;Van den Broeck;;${languages[1]}`,
      `1003;Lena;Schmitz;robotique;${languages[2]}`,
      `1004;Sam;O'Neill;;${languages[3]}`,
    ];
    const result = plan(csv(header, ...rows));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.learners).toEqual(EXPECTED);
    expect(result.added).toEqual(['1001', '1002', '1003', '1004']);
  });

  it('ignores case, accents, spaces, _ - . in headers', () => {
    const aliases: Record<RosterField, string> = {
      id: 'ID|Identifiant|matricule|NUMERO|N°|n.º|learner_id|Nummer|schulernummer|Number',
      firstName: 'PRENOM|first-name|FirstName|Voornaam|VORNAME',
      lastName: 'Nom de famille|lastname|Surname|Familienaam|nachName',
      groups: 'groupe|Ateliers|group|GROEPEN|Gruppen',
      language: 'LANGUE| Taal |Sprache|language',
    };
    for (const [field, headers] of Object.entries(aliases)) {
      for (const header of headers.split('|')) expect(fieldForHeader(header)).toBe(field);
    }
    expect(fieldForHeader('name')).toBeUndefined();
    expect(fieldForHeader('')).toBeUndefined();
  });
});

describe('values', () => {
  it('reads languages by code, name in four languages and regional tag', () => {
    const names = {
      fr: 'FR|Français|francais|fr-BE|FRENCH|frans|franzosisch',
      nl: 'nl_be|Vlaams|flamand|NÉERLANDAIS|niederlandisch|Dutch|nederlands',
      de: 'German|duits|Deutsch|allemand|de-DE',
      en: 'en-GB|anglais|Engels|englisch|ENGLISH',
    };
    for (const [code, texts] of Object.entries(names)) {
      for (const text of texts.split('|')) expect(parseLanguage(text)).toBe(code);
    }
    expect(parseLanguage('')).toBeNull();
    expect(parseLanguage('  ')).toBeNull();
    for (const text of ['xx', 'klingon', 'fr-', 'français!', 'f r', 'xx-BE']) {
      expect(parseLanguage(text)).toBeUndefined();
    }
  });

  it('splits groups on | / , ; whatever the delimiter of the file', () => {
    // A quoted "Musique;Robotique" in a ';' file is two groups, as it is in a ',' file.
    const semicolon = plan(csv(HEADER, '1;A;B;" a|b / c , a || d;e ";'));
    expect(semicolon.learners[0]?.groups).toEqual(['a', 'b', 'c', 'd', 'e']);
    const musique = plan(csv(HEADER, '1;A;B;"Musique;Robotique";'));
    expect(musique.learners[0]?.groups).toEqual(['Musique', 'Robotique']);
    const comma = plan(csv(HEADER.replaceAll(';', ','), '1,A,B,"x;y|x",'));
    expect(comma.learners[0]?.groups).toEqual(['x', 'y']);
    const spreadsheet = planRosterImport(
      { header: HEADER.split(';'), records: [{ line: 2, cells: ['1', 'A', 'B', 'x;y', ''] }] },
      new Map(),
    );
    expect(spreadsheet.learners[0]?.groups).toEqual(['x', 'y']);
  });

  it('skips rows of empty cells and tolerates empty trailing header cells', () => {
    const result = plan(csv('id;prénom;nom;;', '1;Léa;Dubois', ';;;;', '  ; ;', '2;Noah;Martin;;'));
    expect(result.problems).toEqual([]);
    expect(result.learners.map((l) => l.id)).toEqual(['1', '2']);
  });
});

describe('problems name their line and column', () => {
  it('missing-column: a file-level error that stops the import', () => {
    const result = plan(csv('id;prénom;groupes', '1;Léa;x'));
    expect(result.problems).toEqual([error(1, 'lastName', 'missing-column')]);
    expect(result.ok).toBe(false);
    expect(result.learners).toEqual([]);
    expect(plan('').problems.map((p) => p.column)).toEqual(['id', 'firstName', 'lastName']);
  });

  it('duplicate-column', () => {
    const result = plan(csv('id;Prénom;Nom;First name', '1;Léa;Dubois;Lea'));
    expect(result.problems).toEqual([error(1, 'First name', 'duplicate-column')]);
  });

  it('unknown-column: one warning per column, not an error', () => {
    const result = plan(csv('id;prénom;nom;Remarque;', '1;Léa;Dubois;x;y', '2;Noah;Martin;z;'));
    expect(result.problems).toEqual([
      { line: 1, column: 'Remarque', problem: 'unknown-column', severity: 'warning' },
      { line: 1, column: '', problem: 'unknown-column', severity: 'warning' },
    ]);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['empty-id', '  ;Léa;Dubois;;', 'id'],
    ['empty-first-name', '3;;Dubois;;', 'prénom'],
    ['empty-last-name', '3;Léa; ;;', 'nom'],
  ])('%s', (code, row, column) => {
    const result = plan(csv(HEADER, '1;Noah;Martin;;', row));
    expect(result.problems).toEqual([error(3, column, code)]);
    expect(result.learners.map((l) => l.id)).toEqual(['1']);
  });

  it('duplicate-id: every line that carries it', () => {
    const result = plan(csv(HEADER, '7;Léa;Dubois;;', '8;Noah;Martin;;', ' 7 ;Lea;Dubois;;'));
    expect(result.problems).toEqual([
      error(2, 'id', 'duplicate-id', '7'),
      error(4, 'id', 'duplicate-id', '7'),
    ]);
    expect(result.learners.map((l) => l.id)).toEqual(['8']);
  });

  it('too-long: ids over 64, names and groups over 200', () => {
    const [id, name, group] = ['i'.repeat(65), 'n'.repeat(201), 'g'.repeat(201)];
    const result = plan(
      csv(HEADER, `${id};Léa;Dubois;;`, `2;${name};Dubois;;`, `3;Léa;Dubois;a|${group};`),
    );
    expect(result.problems).toEqual([
      error(2, 'id', 'too-long', id),
      error(3, 'prénom', 'too-long', `${'n'.repeat(100)}…`),
      error(4, 'groupes', 'too-long', `${'g'.repeat(100)}…`),
    ]);
    const limits = plan(csv(HEADER, `${'i'.repeat(64)};${'n'.repeat(200)};B;${'g'.repeat(200)};`));
    expect(limits.ok).toBe(true);
  });

  it('too-many-groups: over 50', () => {
    const groups = (n: number) => Array.from({ length: n }, (_, i) => `g${i}`).join('|');
    expect(plan(csv(HEADER, `1;A;B;${groups(50)};`)).ok).toBe(true);
    const result = plan(csv(HEADER, `1;A;B;${groups(51)};`));
    expect(result.problems).toMatchObject([
      { line: 2, column: 'groupes', problem: 'too-many-groups' },
    ]);
  });

  it('bad-language', () => {
    const result = plan(csv(HEADER, '1;Léa;Dubois;;fr', '2;Noah;Martin;;Klingon'));
    expect(result.problems).toEqual([error(3, 'langue', 'bad-language', 'Klingon')]);
  });

  it('too-many-columns and too-few-columns, row-level; extra empty cells are fine', () => {
    const result = plan(csv(HEADER, '1;Léa;Dubois;;;;', '2;Noah;Martin;;;x', '3;Sam;Lenoir'));
    expect(result.problems).toEqual([
      error(3, null, 'too-many-columns'),
      error(4, null, 'too-few-columns'),
    ]);
  });

  it('unterminated-quote and stray-quote, at their physical line', () => {
    const unterminated = plan(csv(HEADER, '1;Léa;Dubois;;', '2;"Noah;Martin;;', '3;Sam;Lenoir;;'));
    expect(unterminated.problems).toContainEqual(error(3, null, 'unterminated-quote'));
    expect(unterminated.ok).toBe(false);
    const stray = plan(csv(HEADER, '1;"Lé\r\na";Dubois;;', '2;No"ah;Martin;;'));
    expect(stray.problems).toContainEqual(error(4, null, 'stray-quote'));
  });

  it('control-character: an invisible character inside a value', () => {
    const result = plan(csv(HEADER, '1;Lé\u0007a;Dubois;;', '2;Noah;Mar\ttin;;'));
    expect(result.problems).toEqual([
      error(2, 'prénom', 'control-character', 'Lé\uFFFDa'),
      error(3, 'nom', 'control-character', 'Mar\uFFFDtin'),
    ]);
  });

  it('line-break: a line break in a quoted cell (Alt+Enter) is a space, with a warning', () => {
    const result = plan(
      csv(
        HEADER,
        '1;"Noah\r\nJr";Martin;;',
        '2;"Sam\n";Lenoir;"Musique\nRobotique";',
        '3;"a\rb";"C";;',
      ),
    );
    const warning = (line: number, column: string, value: string) =>
      ({ line, column, problem: 'line-break', value, severity: 'warning' }) as const;
    expect(result.problems).toEqual([
      warning(2, 'prénom', 'Noah\uFFFD\uFFFDJr'),
      // Lines are where each record starts; a break at a cell's end is trimmed away, unreported.
      warning(4, 'groupes', 'Musique\uFFFDRobotique'),
      warning(7, 'prénom', 'a\uFFFDb'),
    ]);
    expect(result.ok).toBe(true);
    expect(result.learners).toEqual([
      learner('1', 'Noah Jr', 'Martin'),
      learner('2', 'Sam', 'Lenoir', { groups: ['Musique Robotique'] }),
      learner('3', 'a b', 'C'),
    ]);
  });

  it('a refused plan counts nothing to write', () => {
    const refused = plan(csv(HEADER, '1;Léa;Dubois;;', '2;Noah;Martin;;', '3;Sam;;;'));
    expect(refused.ok).toBe(false);
    expect(countPlan(refused, new Map())).toEqual({
      added: 0,
      updated: 0,
      reactivated: 0,
      unchanged: 0,
      notInFile: 0,
      errors: 1,
      warnings: 0,
    });
  });

  it('reactivated: an archived learner in the file comes back, with a warning', () => {
    const archived = learner('9', 'Léa', 'Dubois', { status: 'archived' });
    const result = plan(csv(HEADER, '9;Léa;Dubois;;'), [archived]);
    expect(result.problems).toEqual([
      { line: 2, column: 'id', problem: 'reactivated', value: '9', severity: 'warning' },
    ]);
    expect(result).toMatchObject({ ok: true, updated: ['9'], added: [], unchanged: [] });
    expect(result.learners[0]?.status).toBe('active');
  });

  it('are sorted by line', () => {
    // The parse problem is found first, yet the row problem on line 2 comes first.
    const result = plan(csv(HEADER, '1;;B;;', '2;"x', '', ''));
    expect(result.problems.map((p) => [p.line, p.problem])).toEqual([
      [2, 'empty-first-name'],
      [3, 'unterminated-quote'],
      [3, 'too-few-columns'],
    ]);
  });
});

describe('against the current roster', () => {
  const ROWS = ['1;Léa;Dubois;animation|robotique;fr', '2;Noah;Martin;;nl', '3;Sam;Lenoir;;'];
  const FILE = csv(HEADER, ...ROWS);

  it('re-importing the same file changes nothing', () => {
    const first = plan(FILE);
    const again = plan(FILE, first.learners);
    expect(again).toMatchObject({ ok: true, added: [], updated: [], unchanged: ['1', '2', '3'] });
    expect(again.problems).toEqual([]);
  });

  it('sorts ids into added, updated, unchanged and not in the file', () => {
    const existing = [
      learner('1', 'Léa', 'Dubois', { groups: ['robotique', 'animation'], language: 'fr' }),
      learner('2', 'Noa', 'Martin', { language: 'nl' }),
      learner('4', 'Zoé', 'Petit'),
      learner('5', 'Old', 'Timer', { status: 'archived' }),
    ];
    const result = plan(FILE, existing);
    expect(result).toMatchObject({ added: ['3'], updated: ['2'], unchanged: ['1'] });
    expect(result.notInFile).toEqual(['4']); // active and absent; the archived one is no news
  });

  it('keeps stored groups and language when the file has no such column', () => {
    const stored = learner('1', 'Léa', 'Dubois', { groups: ['3D'], language: 'nl' });
    const result = plan(csv('id;prénom;nom', '1;Léa;Dubois'), [stored]);
    expect(result.unchanged).toEqual(['1']);
    expect(result.learners).toEqual([stored]);
  });
});

// Random good files: every header language, any column order, maybe an unknown column.
const HEADERS: Record<RosterField, string[]> = {
  id: ['Matricule', 'Leerlingnummer', 'Schülernummer', 'Learner ID'],
  firstName: ['Prénom', 'Voornaam', 'Vorname', 'First name'],
  lastName: ['Nom', 'Achternaam', 'Nachname', 'Last name'],
  groups: ['Groupes', 'Groepen', 'Gruppen', 'Groups'],
  language: ['Langue', 'Taal', 'Sprache', 'Language'],
};
const FIELDS = Object.keys(HEADERS) as RosterField[];
const writtenId = (row: { id: string }) => neutraliseCell(row.id);
const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
const textArb = fc
  .string({ unit: fc.oneof(letters, fc.constantFrom(...'"\';,|=+-@ éß', '😀')), maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== '');
const rowArb = fc.record({
  id: textArb,
  firstName: textArb,
  lastName: textArb,
  groups: fc.array(fc.string({ unit: letters, minLength: 1, maxLength: 5 }), { maxLength: 3 }),
  language: fc.constantFrom('', 'fr', 'NL', 'Deutsch', 'anglais', 'Frans', 'en-GB'),
});
const fileArb = fc.record({
  order: fc.shuffledSubarray(FIELDS, { minLength: 5, maxLength: 5 }),
  lang: fc.integer({ min: 0, max: 3 }),
  extra: fc.boolean(),
  delimiter: fc.constantFrom<CsvDelimiter>(';', ','),
  // Unique as written to the file: "=a" is written "'=a", so it and "'=a" would collide.
  rows: fc.uniqueArray(rowArb, { minLength: 2, maxLength: 8, selector: (r) => writtenId(r) }),
});
type GoodFile = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;
type Row = GoodFile['rows'][number];

function tableOf(file: GoodFile): string[][] {
  const header = file.order.map((field) => HEADERS[field][file.lang] as string);
  const rows = file.rows.map((row) =>
    file.order.map((field) => (field === 'groups' ? row.groups.join('|') : row[field])),
  );
  return file.extra
    ? [[...header, 'Remarque'], ...rows.map((r) => [...r, 'x;"y'])]
    : [header, ...rows];
}
/** What the import should make of a generated row once written to CSV. */
const expectedLearner = (r: Row): Learner => ({
  ...learner(writtenId(r), neutraliseCell(r.firstName), neutraliseCell(r.lastName)),
  groups: [...new Set(r.groups)],
  language: parseLanguage(r.language) ?? null,
});
const importOf = (text: string) => planRosterImport(rosterInputFromCsv(parseCsv(text)), new Map());

describe('properties', () => {
  it('a good file imports every row as written (after formula neutralisation)', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const result = importOf(toCsv(tableOf(file), { delimiter: file.delimiter }));
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(result.ok).toBe(true);
        expect(result.learners).toEqual(file.rows.map(expectedLearner));
      }),
    );
  });

  const mutationArb = fc.record({
    kind: fc.constantFrom(
      ...'drop-cell duplicate-id blank control bad-language unterminated stray'.split(' '),
    ),
    k: fc.nat(),
    m: fc.nat(),
    j: fc.nat(),
    // Not CR or LF: a line break in a cell is a warning (line-break), not an error.
    control: fc
      .integer({ min: 0, max: 0x9f })
      .filter((c) => (c < 0x20 || c >= 0x7f) && c !== 0x0a && c !== 0x0d),
    badLanguage: fc.constantFrom('xx', 'Klingon', 'français!', 'f r', 'xx-BE', '1'),
    blank: fc.constantFrom('', ' ', '   '),
  });

  it('any malformed file is refused, with an error on the mutated line', () => {
    fc.assert(
      fc.property(fileArb, mutationArb, (file, mutation) => {
        const table = tableOf(file);
        const n = file.rows.length;
        const k = mutation.k % n;
        const row = table[k + 1] as string[];
        const at = (field: RosterField) => file.order.indexOf(field);
        if (mutation.kind === 'drop-cell') row.splice(mutation.j % row.length, 1);
        if (mutation.kind === 'duplicate-id') {
          row[at('id')] = file.rows[(k + 1 + (mutation.m % (n - 1))) % n]?.id as string;
        }
        if (mutation.kind === 'blank')
          row[at(FIELDS[mutation.j % 3] as RosterField)] = mutation.blank;
        if (mutation.kind === 'control') {
          const i = at(FIELDS[mutation.j % 5] as RosterField);
          // Between two letters: trimming may rightly drop a control char at either end.
          row[i] = `${row[i]}x${String.fromCharCode(mutation.control)}x`;
        }
        if (mutation.kind === 'bad-language') row[at('language')] = mutation.badLanguage;
        const lines = toCsv(table, { delimiter: file.delimiter }).split('\r\n');
        if (mutation.kind === 'unterminated') {
          // Quotes further on would close it; the opening quote must run to the end of the file.
          for (let i = k + 1; i < lines.length; i++)
            lines[i] = (lines[i] as string).replaceAll('"', '');
          lines[k + 1] = `"${lines[k + 1]}`;
        }
        if (mutation.kind === 'stray') lines[k + 1] += `${file.delimiter}a"b`;

        const result = importOf(lines.join('\r\n'));
        expect(result.ok).toBe(false);
        const errorLines = result.problems.filter((p) => p.severity === 'error').map((p) => p.line);
        expect(errorLines).toContain(k + 2);
      }),
      { numRuns: 300 },
    );
  });
});
