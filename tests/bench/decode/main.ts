// Decode benchmark page: the kiosk's decoder worker (zxing-wasm) against jsQR on the main thread,
// on the same synthetic 1280x720 camera frames; and the kiosk's reader options against the
// single-symbol, dark-on-light-only ones it used before. Results go to window.__decodeBench.
import jsQR from 'jsqr';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url&no-inline';
import { createDecoderWorker } from '../../../renderer/ui/camera/camera';
import { frameCodes } from '../../../renderer/ui/camera/codes';
import type { FromDecoder, ToDecoder } from '../../../renderer/ui/camera/protocol';
import { READER_OPTIONS } from '../../../renderer/ui/camera/reader';
import type { DecodeBenchPageResult } from './results';

const WIDTH = 1280;
const HEIGHT = 720;
const PASSES = 3;

interface Manifest {
  /** One PNG per token at fixtures/badge-<i>.png, made by makeBadgePng. */
  tokens: string[];
  /** A foreign code's text, drawn at fixtures/poster.png. */
  poster: string;
}

interface Frame {
  label: string;
  /** Every text drawn in the frame: all must be read, nothing else. */
  expected: string[];
  image: ImageData;
}

/** Reader options before several symbols and inverted codes were read. */
const SINGLE_DARK_ONLY: ReaderOptions = {
  ...READER_OPTIONS,
  maxNumberOfSymbols: 1,
  tryInvert: false,
  returnErrors: false,
};

interface Placement {
  /** Drawn width of the badge image in px (quiet zone included). */
  size: number;
  /** Centre, as fractions of the frame. */
  x: number;
  y: number;
  degrees: number;
  /** Horizontal shear, standing in for a card tilted away from the camera. */
  shear?: number;
  /** Extra defocus blur in px. */
  blur?: number;
  /** Badge opacity over the dark background: below ~0.5 is a washed-out, low-contrast print. */
  alpha?: number;
  /** A specular highlight across part of the code (laminated badge under a ceiling light). */
  glare?: boolean;
}

// From a badge held far away (small) to one filling much of the view, off-centre and tilted as
// hurried hands present them.
const PLACEMENTS: Placement[] = [
  { size: 400, x: 0.5, y: 0.5, degrees: 0 },
  { size: 240, x: 0.5, y: 0.5, degrees: 0 },
  { size: 160, x: 0.3, y: 0.4, degrees: 0 },
  { size: 560, x: 0.55, y: 0.5, degrees: 0 },
  { size: 320, x: 0.2, y: 0.3, degrees: 0 },
  { size: 320, x: 0.8, y: 0.7, degrees: 0 },
  { size: 360, x: 0.5, y: 0.5, degrees: 15 },
  { size: 280, x: 0.35, y: 0.6, degrees: -30 },
  { size: 400, x: 0.6, y: 0.45, degrees: 45 },
  { size: 200, x: 0.7, y: 0.35, degrees: 10 },
  { size: 130, x: 0.5, y: 0.5, degrees: 0 },
  { size: 340, x: 0.45, y: 0.55, degrees: 5, shear: 0.35 },
  { size: 300, x: 0.6, y: 0.5, degrees: -8, shear: -0.25, blur: 1.5 },
  { size: 400, x: 0.5, y: 0.5, degrees: 20, blur: 2.5 },
  // Harder cases: on these jsQR fails more often, and tryHarder: false lost the small tilted one.
  { size: 100, x: 0.5, y: 0.5, degrees: 35, blur: 1 },
  { size: 120, x: 0.5, y: 0.5, degrees: 0, blur: 1.5, alpha: 0.4 },
  { size: 300, x: 0.5, y: 0.5, degrees: 0, alpha: 0.3 },
  { size: 300, x: 0.5, y: 0.5, degrees: 0, glare: true },
  { size: 200, x: 0.5, y: 0.5, degrees: 25, glare: true, blur: 1.5 },
  { size: 400, x: 0.5, y: 0.5, degrees: 0, blur: 5 },
];
const BLANK_FRAMES = 6;

interface Drawn {
  /** Index of a badge of the manifest, or the poster. */
  code: number | 'poster';
  size: number;
  x: number;
  y: number;
  inverted?: boolean;
}
// Scenes with several codes, or a light-on-dark one.
const SCENES: { label: string; codes: Drawn[] }[] = [
  {
    label: 'badge with a URL code in each corner',
    codes: [
      { code: 0, size: 400, x: 0.5, y: 0.5 },
      ...[
        [0.1, 0.15],
        [0.9, 0.15],
        [0.1, 0.85],
        [0.9, 0.85],
      ].map(([x = 0, y = 0]): Drawn => ({ code: 'poster', size: 180, x, y })),
    ],
  },
  {
    label: 'two badges side by side',
    codes: [
      { code: 1, size: 400, x: 0.27, y: 0.5 },
      { code: 2, size: 400, x: 0.73, y: 0.5 },
    ],
  },
  { label: 'light-on-dark badge', codes: [{ code: 0, size: 360, x: 0.5, y: 0.5, inverted: true }] },
];

/** Deterministic noise, so every run decodes the same pixels. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function context(): OffscreenCanvasRenderingContext2D {
  const ctx = new OffscreenCanvas(WIDTH, HEIGHT).getContext('2d', { willReadFrequently: true });
  if (ctx === null) throw new Error('no 2d context');
  return ctx;
}

/** A plausible camera scene: uneven lighting, slight blur, sensor noise. */
function scene(seed: number, draw: (ctx: OffscreenCanvasRenderingContext2D) => void): ImageData {
  const ctx = context();
  const light = ctx.createLinearGradient(0, 0, WIDTH, HEIGHT);
  light.addColorStop(0, '#9a9a9a');
  light.addColorStop(1, '#5e5e5e');
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.filter = 'blur(0.7px)';
  draw(ctx);
  ctx.filter = 'none';
  const image = ctx.getImageData(0, 0, WIDTH, HEIGHT);
  const random = prng(seed);
  const px = image.data;
  for (let i = 0; i < px.length; i += 4) {
    const n = (random() - 0.5) * 24;
    px[i] = clamp((px[i] ?? 0) + n);
    px[i + 1] = clamp((px[i + 1] ?? 0) + n);
    px[i + 2] = clamp((px[i + 2] ?? 0) + n);
  }
  return image;
}

function clamp(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : value;
}

async function loadFrames(): Promise<Frame[]> {
  const manifest = (await (await fetch('./fixtures/manifest.json')).json()) as Manifest;
  const badges = await Promise.all(
    manifest.tokens.map(async (token, index) => {
      const blob = await (await fetch(`./fixtures/badge-${index}.png`)).blob();
      return { token, bitmap: await createImageBitmap(blob) };
    }),
  );
  const poster = {
    token: manifest.poster,
    bitmap: await createImageBitmap(await (await fetch('./fixtures/poster.png')).blob()),
  };
  const frames: Frame[] = [];
  let seed = 1;
  for (const [index, placement] of PLACEMENTS.entries()) {
    const badge = badges[index % badges.length];
    if (badge === undefined) throw new Error('no badges in the manifest');
    const { size, x, y, degrees, shear = 0, blur = 0, alpha = 0.92, glare = false } = placement;
    frames.push({
      label: `badge ${size}px at (${x},${y}) ${degrees}° shear ${shear} blur ${blur} alpha ${alpha}${glare ? ' glare' : ''}`,
      expected: [badge.token],
      image: scene(seed++, (ctx) => {
        ctx.translate(x * WIDTH, y * HEIGHT);
        ctx.rotate((degrees * Math.PI) / 180);
        ctx.transform(1, 0, shear, 1, 0, 0);
        if (blur > 0) ctx.filter = `blur(${blur}px)`;
        // Printed white is not white under room light.
        ctx.globalAlpha = alpha;
        ctx.drawImage(badge.bitmap, -size / 2, -size / 2, size, size);
        if (glare) {
          const [gx, gy, radius] = [size * 0.15, -size * 0.1, size * 0.35];
          const shine = ctx.createRadialGradient(gx, gy, 0, gx, gy, radius);
          shine.addColorStop(0, 'rgba(255,255,255,0.85)');
          shine.addColorStop(1, 'rgba(255,255,255,0)');
          ctx.filter = 'none';
          ctx.globalAlpha = 1;
          ctx.fillStyle = shine;
          ctx.fillRect(-size / 2, -size / 2, size, size);
        }
      }),
    });
  }
  for (const { label, codes } of SCENES) {
    const drawn = codes.map((c) => ({ ...c, ...(c.code === 'poster' ? poster : badges[c.code]!) }));
    frames.push({
      label,
      expected: [...new Set(drawn.map((c) => c.token))],
      image: scene(seed++, (ctx) => {
        ctx.globalAlpha = 0.92;
        for (const { bitmap, size, x, y, inverted = false } of drawn) {
          ctx.filter = inverted ? 'blur(0.7px) invert(1)' : 'blur(0.7px)';
          ctx.drawImage(bitmap, x * WIDTH - size / 2, y * HEIGHT - size / 2, size, size);
        }
      }),
    });
  }
  for (let i = 0; i < BLANK_FRAMES; i++) {
    frames.push({
      label: `blank ${i}`,
      expected: [],
      image: scene(seed++, (ctx) => {
        // Clutter with edges and corners, but no code: a hand, a sleeve, a poster.
        const random = prng(100 + i);
        for (let r = 0; r < 12; r++) {
          ctx.fillStyle = random() > 0.5 ? '#1e1e1e' : '#e8e8e8';
          ctx.fillRect(
            random() * WIDTH,
            random() * HEIGHT,
            20 + random() * 200,
            20 + random() * 200,
          );
        }
      }),
    });
  }
  return frames;
}

function decoderClient(): Promise<(frameId: number, image: ImageData) => Promise<FromDecoder>> {
  const worker = createDecoderWorker();
  const pending = new Map<number, (message: FromDecoder) => void>();
  return new Promise((resolve, reject) => {
    worker.onerror = (event) => reject(new Error(`worker: ${event.message}`));
    worker.onmessage = (event: MessageEvent<FromDecoder>) => {
      const message = event.data;
      if (message.type === 'ready') {
        resolve((frameId, image) => {
          const request: ToDecoder = { type: 'pixels', frameId, data: image };
          return new Promise((done) => {
            pending.set(frameId, done);
            worker.postMessage(request);
          });
        });
      } else if (message.type === 'activity') {
        // Raw pixels are always decoded: the worker's camera pacing plays no part here.
      } else if (message.frameId === undefined) {
        reject(new Error(message.type === 'error' ? message.message : 'reply without a frame'));
      } else {
        pending.get(message.frameId)?.(message);
        pending.delete(message.frameId);
      }
    };
  });
}

/** All the frame's codes read, and nothing else. */
function correct(frame: Frame, texts: readonly string[]): boolean {
  return (
    texts.length === frame.expected.length && frame.expected.every((text) => texts.includes(text))
  );
}

interface Outcome {
  ms: number;
  texts: string[];
}

async function run(): Promise<DecodeBenchPageResult> {
  const frames = await loadFrames();
  const decode = await decoderClient();
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? wasmUrl : prefix + path,
    },
    fireImmediately: true,
  });
  let nextId = 1;

  const zxingOnce = async (frame: Frame): Promise<Outcome> => {
    const reply = await decode(nextId++, frame.image);
    if (reply.type !== 'result')
      throw new Error(`zxing failed on ${frame.label}: ${JSON.stringify(reply)}`);
    return { ms: reply.decodeMs, texts: reply.codes.texts };
  };
  // In this page's thread, as the worker reads but with other options.
  const optionsOnce = async (frame: Frame, options: ReaderOptions): Promise<Outcome> => {
    const started = performance.now();
    const { texts } = frameCodes(await readBarcodes(frame.image, options));
    return { ms: performance.now() - started, texts };
  };
  // Dark on light only: jsQR's inversion doubles its time.
  const jsqrOnce = (frame: Frame): Outcome => {
    const started = performance.now();
    const code = jsQR(frame.image.data, frame.image.width, frame.image.height, {
      inversionAttempts: 'dontInvert',
    });
    return { ms: performance.now() - started, texts: code ? [code.data] : [] };
  };

  // Warm-up: wasm tiering and the JS JIT, not counted.
  for (const frame of frames.slice(0, 3)) {
    await zxingOnce(frame);
    await optionsOnce(frame, READER_OPTIONS);
    jsqrOnce(frame);
  }

  const result: DecodeBenchPageResult = {
    zxing: [],
    jsqr: [],
    kioskOptions: [],
    singleDarkOnly: [],
    zxingOk: 0,
    jsqrOk: 0,
    singleDarkOnlyOk: 0,
    frames: frames.length,
    badgeFrames: frames.filter((frame) => frame.expected.length > 0).length,
    passes: PASSES,
    zxingMisses: [],
    jsqrMisses: [],
    singleDarkOnlyMisses: [],
  };
  const miss = (frame: Frame, outcome: Outcome) =>
    `${frame.label} → ${outcome.texts.join(', ') || 'nothing'}`;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const frame of frames) {
      const z = await zxingOnce(frame);
      const k = await optionsOnce(frame, READER_OPTIONS);
      const single = await optionsOnce(frame, SINGLE_DARK_ONLY);
      const j = jsqrOnce(frame);
      result.zxing.push(z.ms);
      result.kioskOptions.push(k.ms);
      result.singleDarkOnly.push(single.ms);
      result.jsqr.push(j.ms);
      if (pass > 0) continue;
      if (correct(frame, z.texts)) result.zxingOk++;
      else result.zxingMisses.push(miss(frame, z));
      if (correct(frame, single.texts)) result.singleDarkOnlyOk++;
      else result.singleDarkOnlyMisses.push(miss(frame, single));
      if (correct(frame, j.texts)) result.jsqrOk++;
      else result.jsqrMisses.push(miss(frame, j));
    }
  }
  return result;
}

const state = document.querySelector('#state');
run().then(
  (result) => {
    window.__decodeBench = result;
    if (state !== null) state.textContent = 'done';
  },
  (error: unknown) => {
    window.__decodeBenchError = error instanceof Error ? error.message : String(error);
    if (state !== null) state.textContent = `failed: ${window.__decodeBenchError}`;
  },
);
