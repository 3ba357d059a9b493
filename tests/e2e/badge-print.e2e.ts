// Printed badges, end to end: the sheet is rendered in Chromium, printed to PDF as the kiosk's
// window.print() would, rasterised at 200 dpi by poppler, and every QR code is read back by
// zxing-wasm (the kiosk's own decoder) and matched to the card it sits on.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes, type ReadResult } from 'zxing-wasm/reader';
import { formatTokenForPrint } from '../../shared/badge';
import { layoutA4Sheet, layoutSingleCard, type SheetLayout } from '../../shared/badge-sheet';
import { demoLearners } from '../../shared/demo-roster';
import type { BadgeCardData } from '../../renderer/print/BadgeCard';
import { CHROMIUM, CHROMIUM_ARGS } from './support/kiosk';
import { LONG_NAMES } from './support/long-names';
import { serveDirectory } from './support/static-server';

const run = promisify(execFile);
const HARNESS_CONFIG = 'tests/e2e/print-harness/vite.config.ts';
const HARNESS_OUT = resolve('tests/.artifacts/print-harness');
const OUT = resolve('tests/.artifacts/badge-print');
const DPI = 200;
const CENTRE = 'TUMO Liège';
const PT_PER_MM = 72 / 25.4;

// 12 learners with fixed tokens; the last one gets a long name, to see it fit.
const cards: BadgeCardData[] = demoLearners(12, 4711, 'P').map(({ learner, token }) => ({
  firstName: learner.firstName,
  lastName: learner.lastName,
  token,
}));
cards[11] = { ...cards[11]!, firstName: 'Marie-Charlotte', lastName: 'Van den Bossche-Dubois' };

interface Decoded {
  page: number;
  text: string;
  ecLevel: string;
  /** Centre and width of the symbol on the page, in mm. */
  x: number;
  y: number;
  widthMm: number;
}

let browser: Browser;
let server: { url: string; close(): Promise<void> };
const timings: Record<string, number> = {};

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings[label] = Math.round(performance.now() - start);
  }
}

async function printPdf(name: string, layout: 'a4' | 'card', list: BadgeCardData[]) {
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => console.error('[page error]', error));
    const query = new URLSearchParams({ cards: JSON.stringify(list), centre: CENTRE, layout });
    await page.goto(`${server.url}/index.html?${query}`);
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = join(OUT, `${name}.pdf`);
    await writeFile(file, pdf);
    return file;
  } finally {
    await page.close();
  }
}

async function pdfInfo(
  file: string,
): Promise<{ pages: number; widthMm: number; heightMm: number }> {
  const { stdout } = await run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  return { pages, widthMm: Number(size?.[1]) / PT_PER_MM, heightMm: Number(size?.[2]) / PT_PER_MM };
}

/** Every page as a PNG (kept under tests/.artifacts for a human look), each decoded. */
async function decodePages(file: string): Promise<Decoded[][]> {
  const prefix = file.replace(/\.pdf$/, '');
  await run('pdftoppm', ['-r', String(DPI), '-png', file, prefix]);
  const base = prefix.slice(OUT.length + 1);
  const pngs = (await readdir(OUT))
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort((a, b) => pageNumber(a) - pageNumber(b));
  const mmPerPx = 25.4 / DPI;
  const pages: Decoded[][] = [];
  for (const [i, png] of pngs.entries()) {
    // zxing-wasm decodes the PNG itself (stb_image inside the wasm): no image library needed.
    const bytes = new Uint8Array(await readFile(join(OUT, png)));
    const results: ReadResult[] = await readBarcodes(bytes, {
      formats: ['QRCode'],
      maxNumberOfSymbols: 20,
    });
    pages.push(
      results.map((r) => {
        const { topLeft, topRight, bottomLeft, bottomRight } = r.position;
        const corners = [topLeft, topRight, bottomLeft, bottomRight];
        return {
          page: i + 1,
          text: r.text,
          ecLevel: r.ecLevel,
          x: (corners.reduce((s, c) => s + c.x, 0) / 4) * mmPerPx,
          y: (corners.reduce((s, c) => s + c.y, 0) / 4) * mmPerPx,
          widthMm: Math.hypot(topRight.x - topLeft.x, topRight.y - topLeft.y) * mmPerPx,
        };
      }),
    );
  }
  return pages;
}

const pageNumber = (png: string) => Number(/-(\d+)\.png$/.exec(png)?.[1]);

/** The text printed inside one card's rectangle (poppler crops in points at -r 72). */
async function cardText(file: string, page: number, x: number, y: number, sheet: SheetLayout) {
  const pt = (v: number) => String(Math.round(v * PT_PER_MM));
  const { stdout } = await run('pdftotext', [
    ...['-f', String(page), '-l', String(page), '-r', '72'],
    ...['-x', pt(x), '-y', pt(y), '-W', pt(sheet.card.width), '-H', pt(sheet.card.height)],
    ...[file, '-'],
  ]);
  return stdout.replace(/\s+/g, ' ').trim();
}

interface Word {
  text: string;
  /** In mm from the page's top-left corner. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Every word poppler finds on each page, with its box (pdftotext -bbox, in points). */
async function pageWords(file: string): Promise<Word[][]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-']);
  const mm = (pt: string) => Number(pt) / PT_PER_MM;
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map(([, x1, y1, x2, y2, text]) => ({
        text: text!,
        x1: mm(x1!),
        y1: mm(y1!),
        x2: mm(x2!),
        y2: mm(y2!),
      })),
    );
}

/**
 * The QR symbol's dark modules on a card: print.css draws it 38 mm square, 1.5 mm from the top
 * and right edges, with a 4-module quiet zone of about 4 mm.
 */
const QR_SYMBOL = { x1: 85.6 - 1.5 - 38 + 4, y1: 1.5 + 4, x2: 85.6 - 1.5 - 4, y2: 1.5 + 38 - 4 };
/** Poppler's boxes are the font's, a little taller than the ink: what a box may stick out. */
const SLACK_MM = 0.3;

/** Checks each decoded code against the card laid out where it was found. */
function expectCodesOnTheirCards(
  decoded: Decoded[][],
  sheet: SheetLayout,
  printed: readonly BadgeCardData[] = cards,
) {
  const firsts = sheet.pages.map((_, i) =>
    sheet.pages.slice(0, i).reduce((sum, p) => sum + p.cards.length, 0),
  );
  for (const [p, page] of decoded.entries()) {
    for (const code of page) {
      const slot = sheet.pages[p]!.cards.findIndex(
        (c) =>
          code.x > c.x &&
          code.x < c.x + sheet.card.width &&
          code.y > c.y &&
          code.y < c.y + sheet.card.height,
      );
      expect(slot, `code ${code.text} lies on a card`).toBeGreaterThanOrEqual(0);
      expect(code.text).toBe(printed[firsts[p]! + slot]?.token);
      if (code.ecLevel) expect(code.ecLevel).toBe('Q');
      // The symbol alone (quiet zone excluded) is at least 25 mm wide.
      expect(code.widthMm).toBeGreaterThan(25);
    }
  }
}

// pdftotext joins a name wrapped at its hyphen without the hyphen: compare letters only.
const squeeze = (s: string) => s.replace(/[\s-]+/g, '');

describe('printed badges', () => {
  beforeAll(async () => {
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
    await timed('build harness', () => build({ configFile: resolve(HARNESS_CONFIG) }));
    server = await serveDirectory(HARNESS_OUT);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    // The reader's default is to fetch its .wasm from a CDN; the test machine is offline.
    const wasm = await readFile(
      createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
    );
    await prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.length) },
      fireImmediately: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    console.log(
      `badge print timings (ms): ${Object.entries(timings)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  });

  it('prints 12 badges on two A4 sheets whose every QR code reads back as its learner', async () => {
    const file = await timed('A4 pdf', () => printPdf('sheet', 'a4', cards));
    const info = await pdfInfo(file);
    expect(info.pages).toBe(2);
    expect(info.widthMm).toBeCloseTo(210, 0);
    expect(info.heightMm).toBeCloseTo(297, 0);

    const decoded = await timed('A4 rasterise + decode', () => decodePages(file));
    expect(decoded.map((page) => page.length)).toEqual([10, 2]);
    const tokens = decoded.flat().map((d) => d.text);
    expect(new Set(tokens)).toEqual(new Set(cards.map((c) => c.token)));
    expect(tokens).toHaveLength(12);
    const sheet = layoutA4Sheet(cards.length);
    expectCodesOnTheirCards(decoded, sheet);

    // Each card's rectangle holds its learner's names, the centre and the token in groups.
    let index = 0;
    for (const [p, page] of sheet.pages.entries()) {
      for (const at of page.cards) {
        const card = cards[index++]!;
        const text = await cardText(file, p + 1, at.x, at.y, sheet);
        expect(squeeze(text)).toContain(squeeze(card.firstName));
        expect(squeeze(text)).toContain(squeeze(card.lastName));
        expect(text).toContain(formatTokenForPrint(card.token));
        expect(text.toUpperCase()).toContain(CENTRE.toUpperCase());
      }
    }
    // Only the sheet is printed, not the screen it is mounted in.
    const { stdout: all } = await run('pdftotext', [file, '-']);
    expect(all).not.toContain('HARNESS-SCREEN-ONLY');
  });

  it('keeps the longest accepted names inside their cards, the first name always shown', async () => {
    const long: BadgeCardData[] = LONG_NAMES.map((name, i) => ({
      ...name,
      token: cards[i]!.token,
    }));
    for (const layout of ['a4', 'card'] as const) {
      const file = await printPdf(`long-${layout}`, layout, long);
      const sheet = layout === 'a4' ? layoutA4Sheet(long.length) : layoutSingleCard(long.length);
      const words = await pageWords(file);
      let index = 0;
      for (const [p, page] of sheet.pages.entries()) {
        let placed = 0;
        for (const at of page.cards) {
          const card = long[index++]!;
          const inside = words[p]!.filter((w) => {
            const [cx, cy] = [(w.x1 + w.x2) / 2, (w.y1 + w.y2) / 2];
            return cx > at.x && cx < at.x + sheet.card.width && cy > at.y && cy < at.y + 54;
          });
          const where = `${layout} card ${index}`;
          placed += inside.length;
          for (const w of inside) {
            // Within the card (not across a cut line) and off the QR symbol.
            expect(w.x1, `${where}: ${w.text}`).toBeGreaterThanOrEqual(at.x - SLACK_MM);
            expect(w.x2, `${where}: ${w.text}`).toBeLessThanOrEqual(at.x + 85.6 + SLACK_MM);
            const overQr =
              Math.min(w.x2, at.x + QR_SYMBOL.x2) - Math.max(w.x1, at.x + QR_SYMBOL.x1) > 0 &&
              Math.min(w.y2, at.y + QR_SYMBOL.y2) - Math.max(w.y1, at.y + QR_SYMBOL.y1) > 0;
            expect(overQr, `${where}: "${w.text}" over the QR symbol`).toBe(false);
            expect(w.y1, `${where}: ${w.text}`).toBeGreaterThanOrEqual(at.y - SLACK_MM);
            expect(w.y2, `${where}: ${w.text}`).toBeLessThanOrEqual(at.y + 54 + SLACK_MM);
          }
          // No text over other text: the names stay clear of the centre's name and the token.
          for (const [i, a] of inside.entries()) {
            for (const b of inside.slice(i + 1)) {
              const overlap =
                Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > SLACK_MM &&
                Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > SLACK_MM;
              expect(overlap, `${where}: "${a.text}" over "${b.text}"`).toBe(false);
            }
          }
          const text = inside.map((w) => w.text).join(' ');
          expect(text.toUpperCase(), where).toContain(CENTRE.toUpperCase());
          expect(text, where).toContain(formatTokenForPrint(card.token));
          expect(squeeze(text), where).toContain(squeeze(card.firstName.slice(0, 12)));
        }
        // Every word is on a card: nothing printed across a cut line into the page's margin.
        expect(placed, `${layout} page ${p + 1}: words off the cards`).toBe(words[p]!.length);
      }
      expectCodesOnTheirCards(await decodePages(file), sheet, long);
    }
  });

  it('prints a single card on a page the size of the card', async () => {
    const one = cards.slice(0, 1);
    const file = await timed('card pdf', () => printPdf('card', 'card', one));
    const info = await pdfInfo(file);
    expect(info.pages).toBe(1);
    expect(info.widthMm).toBeCloseTo(85.6, 0);
    expect(info.heightMm).toBeCloseTo(54, 0);

    const decoded = await timed('card rasterise + decode', () => decodePages(file));
    expect(decoded.map((page) => page.length)).toEqual([1]);
    expectCodesOnTheirCards(decoded, layoutSingleCard(1));
    const text = await cardText(file, 1, 0, 0, layoutSingleCard(1));
    expect(text).toContain(formatTokenForPrint(one[0]!.token));
    expect(text).toContain(one[0]!.firstName);
  });
});
