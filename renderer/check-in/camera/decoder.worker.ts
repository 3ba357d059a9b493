// QR decoding off the main thread, so a slow frame never delays the result card or the UI.
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
// Bundled, never inlined: the kiosk is offline (zxing-wasm would fetch from a CDN by default) and a
// data: URL would need `connect-src data:` under the app's CSP.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url&no-inline';
import type { FromDecoder, ToDecoder } from './protocol';

// The DOM lib types `self` as a Window; only these two members of the worker scope are used.
interface DecoderScope {
  onmessage: ((event: MessageEvent<ToDecoder>) => void) | null;
  postMessage(message: FromDecoder): void;
}
const scope = self as unknown as DecoderScope;

// Chosen by measurement (tests/bench/decode.ts, 1280x720 frames): tryHarder costs ~2 ms a frame
// (~10 vs ~8 ms) and still reads small tilted badges that the fast path misses; tryDownscale
// reads large blurred codes. Badges are printed dark on light, so inverted codes are not searched;
// QR detection is rotation-invariant, and tryRotate decoded nothing more.
const READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  tryRotate: false,
  tryInvert: false,
  tryDownscale: true,
  maxNumberOfSymbols: 1,
};

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) =>
      path.endsWith('.wasm') ? wasmUrl : prefix + path,
  },
  fireImmediately: true,
}).then(
  () => scope.postMessage({ type: 'ready' }),
  (error: unknown) =>
    scope.postMessage({ type: 'error', message: `zxing init: ${describe(error)}` }),
);

// One canvas reused across frames: reallocating 1280x720 buffers at camera rate churns memory.
let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

function pixelsOf(bitmap: ImageBitmap): ImageData {
  try {
    const { width, height } = bitmap;
    if (canvas === null || context === null || canvas.width !== width || canvas.height !== height) {
      canvas = new OffscreenCanvas(width, height);
      context = canvas.getContext('2d', { willReadFrequently: true });
      if (context === null) throw new Error('no 2d context on OffscreenCanvas');
    }
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, width, height);
  } finally {
    // Camera bitmaps hold GPU/shared memory; free it now rather than at garbage collection.
    bitmap.close();
  }
}

async function decode(message: ToDecoder): Promise<void> {
  const started = performance.now();
  try {
    const image = message.type === 'frame' ? pixelsOf(message.bitmap) : message.data;
    const results = await readBarcodes(image, READER_OPTIONS);
    scope.postMessage({
      type: 'result',
      frameId: message.frameId,
      text: results[0]?.text ?? null,
      decodeMs: performance.now() - started,
    });
  } catch (error) {
    scope.postMessage({ type: 'error', message: describe(error), frameId: message.frameId });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

scope.onmessage = (event) => {
  void decode(event.data);
};
