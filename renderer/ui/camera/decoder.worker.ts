// QR decoding off the main thread, so a slow frame never delays the result card or the UI. Where
// it can, the worker reads the camera's frames itself (a stream of VideoFrames handed over by
// camera.ts), so no per-frame work is left on the main thread at all.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
// Bundled, never inlined: the kiosk is offline (zxing-wasm would fetch from a CDN by default) and a
// data: URL would need `connect-src data:` under the app's CSP.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url&no-inline';
import { frameCodes } from './codes';
import { Activity, thumbnail } from './motion';
import type { FromDecoder, ToDecoder } from './protocol';
import { READER_OPTIONS } from './reader';

// The DOM lib types `self` as a Window; only these two members of the worker scope are used.
interface DecoderScope {
  onmessage: ((event: MessageEvent<ToDecoder>) => void) | null;
  postMessage(message: FromDecoder): void;
}
const scope = self as unknown as DecoderScope;

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

const now = (): number => performance.timeOrigin + performance.now();
const activity = new Activity(now());

/** One camera frame: watched for motion, and decoded when due (motion.ts). */
async function cameraFrame(
  source: VideoFrame | ImageBitmap,
  frameId: number,
  frameAt: number,
): Promise<FromDecoder> {
  const started = performance.now();
  const pixels = await pixelsOf(source);
  const at = now();
  if (activity.frame(thumbnail(pixels), at)) {
    scope.postMessage({ type: 'activity', idle: activity.isIdle });
  }
  if (!activity.decodeDue(at)) return { type: 'skipped', frameId };
  const codes = frameCodes(await readBarcodes(pixels, READER_OPTIONS));
  return { type: 'result', frameId, frameAt, codes, decodeMs: performance.now() - started };
}

/** Reads the camera's frames one at a time; at most one waits, so a slow decode skips frames. */
async function readStream(frames: ReadableStream<VideoFrame>): Promise<void> {
  const reader = frames.getReader();
  for (let frameId = 1; ; frameId++) {
    const { value, done } = await reader.read();
    if (done) return;
    const reply = await cameraFrame(value, frameId, now()).catch((error: unknown): FromDecoder => ({
      type: 'error',
      message: describe(error),
      frameId,
    }));
    if (reply.type !== 'skipped') scope.postMessage(reply);
  }
}

// Pixels of camera frames, reused across frames: reallocating 1280x720 buffers at camera rate
// churns memory. VideoFrame.copyTo converts to RGBA in about a millisecond; drawing on a canvas
// (the way for ImageBitmaps, or where copyTo cannot convert) takes 5-15 ms.
let rgba: Uint8ClampedArray<ArrayBuffer> | null = null;
let copyToConverts = true;
let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

async function pixelsOf(source: VideoFrame | ImageBitmap): Promise<ImageData> {
  try {
    if (source instanceof VideoFrame && copyToConverts) {
      const width = source.visibleRect?.width ?? source.codedWidth;
      const height = source.visibleRect?.height ?? source.codedHeight;
      if (rgba?.length !== width * height * 4) rgba = new Uint8ClampedArray(width * height * 4);
      try {
        await source.copyTo(rgba, { format: 'RGBA' });
        return new ImageData(rgba, width, height);
      } catch (error) {
        copyToConverts = false;
        console.warn('[decoder] VideoFrame.copyTo cannot convert to RGBA; drawing instead', error);
      }
    }
    return drawn(source);
  } finally {
    // Camera frames hold capture buffers; free them now rather than at garbage collection.
    source.close();
  }
}

function drawn(source: VideoFrame | ImageBitmap): ImageData {
  const [width, height] =
    source instanceof VideoFrame
      ? [source.displayWidth, source.displayHeight]
      : [source.width, source.height];
  if (canvas === null || context === null || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    context = canvas.getContext('2d', { willReadFrequently: true });
    if (context === null) throw new Error('no 2d context on OffscreenCanvas');
  }
  context.drawImage(source, 0, 0);
  return context.getImageData(0, 0, width, height);
}

async function handle(message: ToDecoder): Promise<void> {
  switch (message.type) {
    case 'stream':
      return readStream(message.frames).catch((error: unknown) =>
        scope.postMessage({ type: 'error', message: `camera stream: ${describe(error)}` }),
      );
    case 'key':
      activity.key(now());
      return;
    case 'frame':
    case 'pixels': {
      const { frameId } = message;
      try {
        if (message.type === 'frame') {
          scope.postMessage(await cameraFrame(message.bitmap, frameId, message.frameAt));
          return;
        }
        const started = performance.now();
        const codes = frameCodes(await readBarcodes(message.data, READER_OPTIONS));
        const decodeMs = performance.now() - started;
        scope.postMessage({ type: 'result', frameId, frameAt: now(), codes, decodeMs });
      } catch (error) {
        scope.postMessage({ type: 'error', message: describe(error), frameId });
      }
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

scope.onmessage = (event) => {
  void handle(event.data);
};
