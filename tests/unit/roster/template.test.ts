// The downloadable roster template: in each of the four languages, as CSV and as XLSX, it reads
// back through the import with every column recognised and nothing to fix.
import { describe, expect, it } from 'vitest';
import { fieldForHeader, planRosterImport } from '../../../shared/roster-import';
import {
  TEMPLATE_FIELDS,
  TEMPLATE_HEADERS,
  rosterTemplateCsv,
  rosterTemplate,
} from '../../../shared/roster-template';
import { encodeXlsx } from '../../../shared/xlsx';
import { LANGUAGES } from '../../../shared/types';
import { readRosterFile } from '../../../renderer/ui/roster/readFile';

const bufferOf = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('roster template', () => {
  it('names every column with one of the import’s own names, in each language', () => {
    for (const language of LANGUAGES) {
      for (const field of TEMPLATE_FIELDS) {
        expect(fieldForHeader(TEMPLATE_HEADERS[language][field]), `${language} ${field}`).toBe(
          field,
        );
      }
    }
    expect(new Set(TEMPLATE_FIELDS)).toEqual(
      new Set(['id', 'firstName', 'lastName', 'groups', 'language']),
    );
  });

  for (const language of LANGUAGES) {
    it(`reads back, CSV and XLSX, with no problem (${language})`, async () => {
      const csv = new TextEncoder().encode(rosterTemplateCsv(language));
      const xlsx = await encodeXlsx(rosterTemplate(language), 'roster');
      for (const [name, bytes] of [
        ['modele.csv', csv],
        ['modele.xlsx', xlsx],
      ] as const) {
        const read = await readRosterFile(name, bufferOf(bytes));
        expect(read.ok, name).toBe(true);
        if (!read.ok) continue;
        expect(read.input.header).toEqual(
          TEMPLATE_FIELDS.map((field) => TEMPLATE_HEADERS[language][field]),
        );
        const plan = planRosterImport(read.input, new Map());
        expect(plan.problems, name).toEqual([]);
      }
    });
  }
});
