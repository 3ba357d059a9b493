// The one reading of a CSV roster's bytes (kiosk and server): text is read whatever its
// encoding, what is not text is refused as such, and nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRosterCsv } from '../../../shared/roster-file';
import { PNG, windows1252, ZIP } from '../../fixtures/roster/files';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Printable text as a roster holds it: any letter, tabs and line ends, no other control. */
const printable = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 300 })
  // eslint-disable-next-line no-control-regex -- keeping control characters out is the point
  .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ''))
  .filter((s) => s.trim() !== '');

describe('readRosterCsv', () => {
  it('reads any printable UTF-8 text, with or without a BOM, as UTF-8', () => {
    fc.assert(
      fc.property(printable, fc.boolean(), (text, bom) => {
        const read = readRosterCsv(utf8(bom ? `\uFEFF${text}` : text));
        expect(read.ok && read.format.encoding).toBe('utf-8');
      }),
    );
  });

  it('reads Latin text saved as Windows-1252 as Windows-1252', () => {
    const latin = fc
      .array(fc.constantFrom(...'abcXYZ019 ;,"éèçàüÿÉÀ€’Œœ\r\n\t'), {
        minLength: 1,
        maxLength: 200,
      })
      .map((chars) => `Numéro;Prénom;Nom\r\n${chars.join('')}`);
    fc.assert(
      fc.property(latin, (text) => {
        const read = readRosterCsv(windows1252(text));
        expect(read.ok && read.format.encoding).toBe('windows-1252');
      }),
    );
  });

  it('refuses as not-text any file with a NUL byte, an image or an archive; never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), fc.nat(), (bytes, at) => {
        const withNul = Uint8Array.from([...bytes.slice(0, at % (bytes.length + 1)), 0, ...bytes]);
        expect(readRosterCsv(withNul)).toEqual({ ok: false, problem: 'not-text' });
        expect(() => readRosterCsv(bytes)).not.toThrow();
      }),
    );
    expect(readRosterCsv(PNG)).toEqual({ ok: false, problem: 'not-text' });
    expect(readRosterCsv(ZIP)).toEqual({ ok: false, problem: 'not-text' });
  });

  it('keeps a few control characters for the plan to report cell by cell', () => {
    const read = readRosterCsv(utf8('Numéro;Prénom;Nom\r\n1;Lé\u0007a;Dubois\r\n'));
    expect(read.ok && read.input.records[0]?.cells).toEqual(['1', 'Lé\u0007a', 'Dubois']);
  });
});
