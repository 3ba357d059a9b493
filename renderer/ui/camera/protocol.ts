// Messages between camera.ts (main thread) and decoder.worker.ts. Kept in their own module so both
// sides, and the benchmark page, share one typed contract. Times are epoch ms
// (performance.timeOrigin + performance.now()): the two threads' performance.now() differ.

/** The codes found in one frame. */
export interface FrameCodes {
  /** Texts of the codes read, once each, in no particular order. */
  texts: string[];
  /** A code was found that could not be read (glare, blur), other than those read. */
  unreadable: boolean;
}

export type ToDecoder =
  /** The camera's frames, read by the worker itself: nothing per frame on the main thread. */
  | { type: 'stream'; frames: ReadableStream<VideoFrame> }
  /** One camera frame grabbed on the main thread (where the stream cannot be handed over). */
  | { type: 'frame'; frameId: number; frameAt: number; bitmap: ImageBitmap }
  /** Raw pixels, always decoded, for callers that already hold ImageData (benchmarks, tests). */
  | { type: 'pixels'; frameId: number; data: ImageData }
  /** A key was pressed (a USB scanner's, most likely): someone is at the kiosk. */
  | { type: 'key' };

export type FromDecoder =
  /** The wasm module is compiled and instantiated: frames will decode without start-up delay. */
  | { type: 'ready' }
  /**
   * A decoded frame. `decodeMs` is the worker-side cost of the frame: pixels out of the frame
   * (for camera frames) plus the zxing read, excluding message queueing.
   */
  | { type: 'result'; frameId: number; frameAt: number; codes: FrameCodes; decodeMs: number }
  /** A frame looked at for motion only (at rest, or just after a key): the next one may come. */
  | { type: 'skipped'; frameId: number }
  /**
   * Nothing has moved in view for a while (`idle`), or something did: the main thread lowers or
   * restores the camera's frame rate.
   */
  | { type: 'activity'; idle: boolean }
  /**
   * A failure. With `frameId`, that frame failed (no `result` follows for it) and the worker keeps
   * going; without, the decoder could not start and no frame will ever decode.
   */
  | { type: 'error'; message: string; frameId?: number };
