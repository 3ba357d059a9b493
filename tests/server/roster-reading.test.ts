// One reading of a roster file: the server takes the bytes the kiosk takes and makes the same plan
// of them (encoding, delimiter, groups, line breaks in cells), refuses what is not text, and
// explains each problem in the admin's language, as the kiosk's screen does.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { readRosterFile } from '../../renderer/ui/roster/readFile';
import { rosterMessages } from '../../renderer/i18n/features/roster';
import { foldRoster } from '../../server/jobs/roster-fold';
import { toCsv } from '../../shared/csv';
import { countPlan, planRosterImport, type ImportProblem } from '../../shared/roster-import';
import type { KioskEvent } from '../../shared/types';
import { PNG, windows1252, ZIP } from '../fixtures/roster/files';
import { adminAuth, forEachBackend } from './harness';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bufferOf = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Excel's "CSV (séparateur : point-virgule)" on a Belgian Windows: Windows-1252, ';', CRLF. */
const ANSI = windows1252(
  [
    'Numéro;Prénom;Nom;Groupes;Langue',
    'A1;Gaëlle;Lefèvre;"Musique;Robotique";français',
    'A2;"Noël\r\nJunior";O’Brien;Jeux vidéo;néerlandais',
  ].join('\r\n') + '\r\n',
);

forEachBackend('roster file reading', (ctx) => {
  const upload = (body: Uint8Array, query = '', language = 'fr-BE,fr;q=0.9') =>
    ctx.app.inject({
      method: 'POST',
      url: `/v1/admin/roster${query}`,
      headers: { ...adminAuth, 'content-type': 'text/csv', 'accept-language': language },
      payload: Buffer.from(body),
    });
  const serverLearners = async () => {
    const { rows } = await ctx.db.query<{ body: string }>('SELECT body FROM events');
    return foldRoster(rows.map((row) => JSON.parse(row.body) as KioskEvent)).learners;
  };

  it('imports a Windows-1252 file with an accented header, as the kiosk reads it', async () => {
    const res = await upload(ANSI);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, written: 2, counts: { added: 2, warnings: 1 } });
    const learners = await serverLearners();
    expect(learners.get('A1')).toEqual({
      id: 'A1',
      firstName: 'Gaëlle',
      lastName: 'Lefèvre',
      groups: ['Musique', 'Robotique'],
      language: 'fr',
      status: 'active',
    });
    expect(learners.get('A2')).toMatchObject({ firstName: 'Noël Junior', lastName: 'O’Brien' });
    // The bytes decide, not the charset the upload claims.
    const claimed = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/roster?dryRun=true',
      headers: { ...adminAuth, 'content-type': 'text/plain; charset=utf-8' },
      payload: Buffer.from(ANSI),
    });
    expect(claimed.json()).toMatchObject({ ok: true, counts: { unchanged: 2 } });
    expect(res.json().problems).toEqual([
      {
        line: 3,
        column: 'Prénom',
        problem: 'line-break',
        value: 'Noël\uFFFD\uFFFDJunior',
        severity: 'warning',
        message: rosterMessages.fr['roster.problem.line-break'],
      },
    ]);
  });

  it('splits a groups cell on ; in a ; file, and makes a line break in a cell a space', async () => {
    const file = utf8(
      'Numéro;Prénom;Nom;Groupes\r\nB1;Léa;Dubois;"Musique;Robotique"\r\nB2;"Anne\r\nMarie";Roux;Dessin\r\n',
    );
    const res = await upload(file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().problems).toMatchObject([
      { line: 3, column: 'Prénom', problem: 'line-break', severity: 'warning' },
    ]);
    const learners = await serverLearners();
    expect(learners.get('B1')?.groups).toEqual(['Musique', 'Robotique']);
    expect(learners.get('B2')).toMatchObject({ firstName: 'Anne Marie', groups: ['Dessin'] });
  });

  it('explains every problem in the admin’s language, besides its code', async () => {
    const file = utf8('Identifiant;Prénom;Nom\r\nL1;Léa;\r\nL2;Noah;Martin;x\r\n');
    for (const [header, language] of [
      ['nl-BE,nl;q=0.9,en;q=0.5', 'nl'],
      ['de', 'de'],
      ['en-GB', 'en'],
      ['es-ES, fr;q=0.2', 'fr'],
      ['', 'fr'],
    ] as const) {
      const res = await upload(file, '', header);
      expect(res.statusCode).toBe(422);
      const problems = res.json().problems as (ImportProblem & { message: string })[];
      expect(
        problems.map((p) => [p.problem, p.message]),
        header,
      ).toEqual([
        ['empty-last-name', rosterMessages[language]['roster.problem.empty-last-name']],
        ['too-many-columns', rosterMessages[language]['roster.problem.too-many-columns']],
      ]);
    }
  });

  it('refuses a file that is not text, saying so, and writes nothing', async () => {
    for (const bytes of [PNG, ZIP]) {
      const res = await upload(bytes, '', 'nl');
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({
        error: 'not-text',
        message: rosterMessages.nl['roster.read.not-text'],
      });
    }
    const small = await ctx.makeApp({ rosterBodyLimit: 64 });
    const large = await small.inject({
      method: 'POST',
      url: '/v1/admin/roster',
      headers: { ...adminAuth, 'content-type': 'text/csv', 'accept-language': 'de' },
      payload: Buffer.from(utf8(`id;prénom;nom\r\n${'L1;Léa;Dubois\r\n'.repeat(10)}`)),
    });
    expect(large.statusCode).toBe(413);
    expect(large.json()).toEqual({
      error: 'body-too-large',
      message: rosterMessages.de['roster.read.too-large'],
    });
    const empty = await upload(new Uint8Array(0), '', 'en');
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toEqual({
      error: 'empty',
      message: rosterMessages.en['roster.read.empty'],
    });
    const { rows } = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
    expect(rows[0]!.n).toBe(0);
  });

  // The kiosk's path (readRosterFile, then the plan against the same roster) and the server's
  // (the upload) take identical bytes: the same counts, problems, and learners written.
  it('makes the plan the kiosk makes of the same bytes', async () => {
    const LETTERS = [
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäçîïôöûüÿñÉÀÇŒœ’',
    ];
    const word = fc
      .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 })
      .map((chars) => chars.join(''));
    const name = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
      },
      { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `${a}\n${b}`) }, // Alt+Enter
      { weight: 1, arbitrary: fc.constant('') }, // an error: the plan is refused
    );
    const row = fc.record({
      first: name,
      last: name,
      groups: fc.array(fc.constantFrom('Musique', 'Robotique', 'Jeux vidéo', 'Dessin 3D'), {
        maxLength: 3,
      }),
      separator: fc.constantFrom(';', ',', '|', ' / '),
      language: fc.constantFrom('', 'fr', 'nl', 'Deutsch', 'anglais', 'néerlandais'),
    });
    const file = fc.record({
      rows: fc.array(row, { minLength: 1, maxLength: 8 }),
      header: fc.constantFrom(
        ['Numéro', 'Prénom', 'Nom', 'Groupes', 'Langue'],
        ['Matricule', 'Prénom', 'Nom de famille', 'Ateliers', 'Langue'],
        ['Learner ID', 'First name', 'Last name', 'Groups', 'Language'],
      ),
      delimiter: fc.constantFrom<';' | ','>(';', ','),
      encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
      lf: fc.boolean(),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        run++;
        const table = [
          f.header,
          ...f.rows.map((r, i) => [
            `R${run}-${i}`,
            r.first,
            r.last,
            r.groups.join(r.separator),
            r.language,
          ]),
        ];
        let text = toCsv(table, { delimiter: f.delimiter, bom: false });
        if (f.lf) text = text.replaceAll('\r\n', '\n');
        const bytes =
          f.encoding === 'windows-1252'
            ? windows1252(text)
            : utf8(f.encoding === 'utf-8-bom' ? `\uFEFF${text}` : text);

        const before = await serverLearners();
        const read = await readRosterFile('roster.csv', bufferOf(bytes));
        if (!read.ok) throw new Error(`the kiosk refused the file: ${read.problem}`);
        const kiosk = planRosterImport(read.input, before);

        const res = await upload(bytes);
        const answer = res.json();
        expect(res.statusCode).toBe(kiosk.ok ? 200 : 422);
        expect(answer.counts).toEqual(countPlan(kiosk, before));
        expect(answer.problems.map(({ message: _, ...p }: { message: string }) => p)).toEqual(
          kiosk.problems,
        );
        const after = await serverLearners();
        const written = kiosk.ok ? kiosk.learners : [];
        expect(written.map((l) => after.get(l.id))).toEqual(written);
        const ids = table.slice(1).map((cells) => cells[0]!);
        expect(ids.filter((id) => after.has(id) && !before.has(id)).length).toBe(
          kiosk.ok ? kiosk.added.length : 0,
        );
      }),
      { numRuns: 20 },
    );
  });
});
