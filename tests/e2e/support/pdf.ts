// A printed page read back: every word of a PDF with its box (poppler's pdftotext -bbox), so a
// test can check what is on which page and where.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Word {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Every word of a PDF with its box, from `pdftotext -bbox`. */
export async function pdfWords(file: string): Promise<{ pages: number; words: Word[] }> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 << 20 });
  const words: Word[] = [];
  const pages = stdout.split('<page ').slice(1);
  pages.forEach((chunk, index) => {
    for (const m of chunk.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
    )) {
      words.push({
        page: index + 1,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        // Narrow and plain no-break spaces (French typography) read as spaces.
        text: m[4]!
          .replaceAll('&amp;', '&')
          .replaceAll('&#39;', '’')
          .replace(/[\u202f\u00a0]/g, ' '),
      });
    }
  });
  return { pages: pages.length, words };
}
