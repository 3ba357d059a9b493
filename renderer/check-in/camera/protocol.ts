// Messages between camera.ts (main thread) and decoder.worker.ts. Kept in their own module so both
// sides, and the benchmark page, share one typed contract.

export type ToDecoder =
  /** A camera frame; the bitmap is transferred and closed by the worker. */
  | { type: 'frame'; frameId: number; bitmap: ImageBitmap }
  /** Raw pixels, for callers that already hold ImageData (benchmarks, tests). */
  | { type: 'pixels'; frameId: number; data: ImageData };

export type FromDecoder =
  /** The wasm module is compiled and instantiated: frames will decode without start-up delay. */
  | { type: 'ready' }
  /**
   * One reply for every frame. `decodeMs` is the worker-side cost of the frame: pixel extraction
   * (for bitmaps) plus the zxing read, excluding message queueing.
   */
  | { type: 'result'; frameId: number; text: string | null; decodeMs: number }
  /**
   * A failure. With `frameId`, that frame failed (no `result` follows for it) and the worker keeps
   * going; without, the decoder could not start and no frame will ever decode.
   */
  | { type: 'error'; message: string; frameId?: number };
