// Decode benchmark and camera proof, in Debian's Chromium:
//  1. zxing-wasm in the kiosk's decoder worker vs jsQR on the main thread, on the same frames;
//  2. the real startCamera() against Chromium's fake webcam playing a badge video (and a blank one).
// Run: node tests/bench/decode-cli.mjs   (Node 20 cannot load TypeScript; the .mjs goes through Vite)
import { createServer, type Server } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { demoLearners } from '../../shared/demo-roster';
import { makeBadgePng, makeBadgeY4m, makeBlankY4m, POSTER_URL } from '../fixtures/badge-video';
import type { CameraCheckPageResult, DecodeBenchPageResult } from './decode/results';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = join(REPO, 'tests/bench/decode/vite.config.ts');
const ARTIFACTS = join(REPO, 'tests/.artifacts/bench-decode');
const DIST = join(ARTIFACTS, 'dist');
const FIXTURES = join(ARTIFACTS, 'fixtures');
const RESULTS_FILE = join(REPO, 'bench-results/decode.json');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];
// The kiosk's own CSP, sent on every response so the worker and the wasm fetch obey it too.
const CSP = CONTENT_SECURITY_POLICY;

// Real tokens (the demo roster's), so the camera check reports them as badges.
export const BENCH_TOKENS = demoLearners(3).map((learner) => learner.token);

export interface Stats {
  n: number;
  medianMs: number;
  p90Ms: number;
  meanMs: number;
  maxMs: number;
}

export interface DecodeBenchResult {
  /** The kiosk's worker on raw pixels (ImageData posted to it). */
  zxing: Stats;
  jsqr: Stats;
  /** zxing median / jsQR median: below 1 means zxing is faster. */
  ratio: number;
  /** zxing in the page's thread: the kiosk's options, and one dark-on-light symbol only. */
  kioskOptions: Stats;
  singleDarkOnly: Stats;
  zxingOk: number;
  jsqrOk: number;
  singleDarkOnlyOk: number;
  frames: number;
  badgeFrames: number;
  zxingMisses: string[];
  jsqrMisses: string[];
  singleDarkOnlyMisses: string[];
  /** Requests that left 127.0.0.1 (the wasm CDN, say): must be empty for an offline kiosk. */
  externalRequests: string[];
}

export interface CameraCheckResult {
  token: string;
  ok: boolean;
  statuses: string[];
  /** performance.now() at frame grab → onToken, for the first report. */
  latencyMs: number | null;
  /** From startCamera() to the first onToken: permission, camera start, wasm load, decode. */
  firstTokenMs: number | null;
  /** onToken calls while the badge stayed in view (de-duplication: 1 expected). */
  reports: number;
  /** Worker-side decode ms of real 1280x720 camera bitmaps (accueil:decode measures). */
  cameraDecode: Stats;
  /** Grab → result on the main thread, every frame (accueil:camera-frame measures). */
  cameraFrame: Stats;
  externalRequests: string[];
  /** Hints ("tilt your badge") given while the badge was in view: none expected. */
  hints: number;
  /** The blank-video run: frames decoded and tokens wrongly reported. */
  blank: { ok: boolean; framesDecoded: number; tokens: number; statuses: string[] };
}

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    n: sorted.length,
    medianMs: round(at(0.5)),
    p90Ms: round(at(0.9)),
    meanMs: round(sum / sorted.length),
    maxMs: round(sorted[sorted.length - 1] ?? NaN),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

let built: Promise<void> | null = null;
/** Builds the bench pages and their fixtures once per process. */
function prepare(): Promise<void> {
  built ??= (async () => {
    await build({ configFile: CONFIG, logLevel: 'warn' });
    await mkdir(FIXTURES, { recursive: true });
    await Promise.all([
      ...BENCH_TOKENS.map((token, index) =>
        makeBadgePng(token, join(FIXTURES, `badge-${index}.png`)),
      ),
      makeBadgePng(POSTER_URL, join(FIXTURES, 'poster.png'), 180),
    ]);
    await writeFile(
      join(FIXTURES, 'manifest.json'),
      JSON.stringify({ tokens: BENCH_TOKENS, poster: POSTER_URL }),
    );
  })();
  return built;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  // Served with its real type, so Chromium can compile it while streaming.
  '.wasm': 'application/wasm',
};

/** Static server for dist/, plus /fixtures/ from the artifacts folder, on a random local port. */
async function serve(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const [base, rest] = path.startsWith('/fixtures/')
      ? [FIXTURES, path.slice('/fixtures/'.length)]
      : [DIST, path === '/' ? 'index.html' : path.slice(1)];
    const file = resolve(base, normalize(rest));
    if (!file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CSP,
          'cache-control': 'no-store',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function watch(page: Page, origin: string, problems: string[], external: string[]): void {
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) external.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
}

async function withBrowser<T>(
  extraArgs: string[],
  use: (browser: Browser) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/** zxing-wasm (decoder worker) vs jsQR on the same synthetic 1280x720 frames. */
export async function runDecodeBench(): Promise<DecodeBenchResult> {
  await prepare();
  const server = await serve();
  try {
    return await withBrowser([], async (browser) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      const external: string[] = [];
      watch(page, server.origin, problems, external);
      await page.goto(`${server.origin}/index.html`);
      await page.waitForFunction(() => window.__decodeBench ?? window.__decodeBenchError, null, {
        timeout: 300_000,
      });
      const error = await page.evaluate(() => window.__decodeBenchError);
      if (error !== undefined)
        throw new Error(`decode bench page: ${error}\n${problems.join('\n')}`);
      const found = (await page.evaluate(() => window.__decodeBench)) as DecodeBenchPageResult;
      if (problems.length > 0) console.warn(problems.join('\n'));
      const zxing = stats(found.zxing);
      const jsqr = stats(found.jsqr);
      return {
        zxing,
        jsqr,
        ratio: round(zxing.medianMs / jsqr.medianMs),
        kioskOptions: stats(found.kioskOptions),
        singleDarkOnly: stats(found.singleDarkOnly),
        zxingOk: found.zxingOk,
        jsqrOk: found.jsqrOk,
        singleDarkOnlyOk: found.singleDarkOnlyOk,
        frames: found.frames,
        badgeFrames: found.badgeFrames,
        zxingMisses: found.zxingMisses,
        jsqrMisses: found.jsqrMisses,
        singleDarkOnlyMisses: found.singleDarkOnlyMisses,
        externalRequests: external,
      };
    });
  } finally {
    await server.close();
  }
}

async function cameraRun(
  origin: string,
  video: string,
  until: (result: CameraCheckPageResult) => boolean,
  timeoutMs: number,
): Promise<CameraCheckPageResult & { problems: string[]; external: string[] }> {
  const fakeCamera = [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ];
  return withBrowser(fakeCamera, async (browser) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const external: string[] = [];
    watch(page, origin, problems, external);
    await page.goto(`${origin}/camera.html`);
    const deadline = Date.now() + timeoutMs;
    let result = (await page.evaluate(() => window.__cameraCheck)) as CameraCheckPageResult;
    while (!until(result) && Date.now() < deadline) {
      await page.waitForTimeout(100);
      result = (await page.evaluate(() => window.__cameraCheck)) as CameraCheckPageResult;
    }
    await page.evaluate(() => window.__stopCamera?.());
    return { ...result, problems, external };
  });
}

/** startCamera() against Chromium's fake webcam: a badge video must yield its token, once. */
export async function runCameraCheck(): Promise<CameraCheckResult> {
  await prepare();
  const token = BENCH_TOKENS[0] ?? '';
  const badgeVideo = join(ARTIFACTS, 'badge.y4m');
  const blankVideo = join(ARTIFACTS, 'blank.y4m');
  await Promise.all([makeBadgeY4m(token, badgeVideo), makeBlankY4m(blankVideo)]);
  const server = await serve();
  try {
    // Keep watching 4 s after the first token: the looping badge must not be reported again.
    let firstAt = 0;
    const badge = await cameraRun(
      server.origin,
      badgeVideo,
      (result) => {
        if (result.tokens.length === 0) return false;
        firstAt ||= Date.now();
        return Date.now() - firstAt > 4000;
      },
      30_000,
    );
    // Blank: long enough for dozens of frames; nothing may be reported.
    const blank = await cameraRun(
      server.origin,
      blankVideo,
      (result) => result.decodeMs.length >= 30,
      20_000,
    );
    const problems = [...badge.problems, ...blank.problems];
    if (problems.length > 0) console.warn(problems.join('\n'));
    const first = badge.tokens[0];
    return {
      token,
      ok:
        first?.text === token &&
        badge.tokens.length === 1 &&
        badge.hints === 0 &&
        badge.statuses.includes('live'),
      statuses: badge.statuses,
      latencyMs: first === undefined ? null : round(first.latencyMs),
      firstTokenMs: first === undefined ? null : round(first.sinceStartMs),
      reports: badge.tokens.length,
      hints: badge.hints,
      cameraDecode: stats(badge.decodeMs),
      cameraFrame: stats(badge.frameMs),
      externalRequests: [...badge.external, ...blank.external],
      blank: {
        ok: blank.tokens.length === 0 && blank.hints === 0 && blank.decodeMs.length > 0,
        framesDecoded: blank.decodeMs.length,
        tokens: blank.tokens.length,
        statuses: blank.statuses,
      },
    };
  } finally {
    await server.close();
  }
}

function line(name: string, s: Stats): string {
  return `${name.padEnd(10)} median ${s.medianMs.toFixed(2)} ms  p90 ${s.p90Ms.toFixed(2)} ms  max ${s.maxMs.toFixed(2)} ms  (n=${s.n})`;
}

/** CLI: prints the figures, writes bench-results/decode.json, exits non-zero on failure. */
export async function main(): Promise<number> {
  const decode = await runDecodeBench();
  console.log(`Decode, 1280x720 frames, ${CHROMIUM}`);
  console.log(line('zxing-wasm', decode.zxing));
  console.log(line('jsQR', decode.jsqr));
  console.log(`ratio zxing/jsQR median ${decode.ratio}`);
  console.log(line('kiosk opts', decode.kioskOptions));
  console.log(line('1 dark sym', decode.singleDarkOnly));
  console.log(
    `correct: zxing ${decode.zxingOk}/${decode.frames}, one dark symbol ${decode.singleDarkOnlyOk}/${decode.frames}, jsQR ${decode.jsqrOk}/${decode.frames} (${decode.badgeFrames} frames with codes)`,
  );
  for (const miss of decode.zxingMisses) console.log(`  zxing missed: ${miss}`);
  for (const miss of decode.singleDarkOnlyMisses) console.log(`  one dark symbol missed: ${miss}`);
  for (const miss of decode.jsqrMisses) console.log(`  jsQR missed: ${miss}`);

  const camera = await runCameraCheck();
  console.log(
    `camera: statuses ${camera.statuses.join(' → ')}; token ${camera.ok ? 'OK' : 'FAILED'}`,
  );
  console.log(
    `camera: frame→token ${camera.latencyMs} ms; start→first token ${camera.firstTokenMs} ms; reports ${camera.reports}`,
  );
  console.log(line('cam decode', camera.cameraDecode));
  console.log(line('cam frame', camera.cameraFrame));
  console.log(
    `camera blank: ${camera.blank.framesDecoded} frames decoded, ${camera.blank.tokens} tokens → ${camera.blank.ok ? 'OK' : 'FAILED'}`,
  );

  await mkdir(join(REPO, 'bench-results'), { recursive: true });
  await writeFile(
    RESULTS_FILE,
    `${JSON.stringify({ at: new Date().toISOString(), decode, camera }, null, 2)}\n`,
  );
  console.log(`wrote ${RESULTS_FILE}`);
  const external = [...decode.externalRequests, ...camera.externalRequests];
  for (const url of external) console.log(`  request left the machine: ${url}`);
  const zxingAll = decode.zxingOk === decode.frames;
  return zxingAll && camera.ok && camera.blank.ok && external.length === 0 ? 0 : 1;
}
