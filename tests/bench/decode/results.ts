// What the benchmark pages publish on `window`, read back by tests/bench/decode.ts.

export interface DecodeBenchPageResult {
  /** Worker-side ms per frame (the decoder's own decodeMs), in frame order, every pass. */
  zxing: number[];
  /** Main-thread ms per jsQR call on the same frames. */
  jsqr: number[];
  /** Main-thread ms per zxing read with the kiosk's options, and with one dark symbol only. */
  kioskOptions: number[];
  singleDarkOnly: number[];
  /** Frames handled correctly: every code drawn read, nothing else (blank frames: nothing). */
  zxingOk: number;
  jsqrOk: number;
  singleDarkOnlyOk: number;
  /** Frames in one pass (badge + blank). */
  frames: number;
  badgeFrames: number;
  passes: number;
  /** Labels of the frames each decoder got wrong (first pass). */
  zxingMisses: string[];
  jsqrMisses: string[];
  singleDarkOnlyMisses: string[];
}

export interface CameraCheckPageResult {
  statuses: string[];
  tokens: { text: string; latencyMs: number; sinceStartMs: number }[];
  hints: number;
  /** performance.measure('accueil:decode') durations seen so far. */
  decodeMs: number[];
  /** performance.measure('accueil:camera-frame') durations: grab → result on the main thread. */
  frameMs: number[];
}

declare global {
  interface Window {
    __decodeBench?: DecodeBenchPageResult;
    __decodeBenchError?: string;
    __cameraCheck?: CameraCheckPageResult;
    __stopCamera?: () => void;
  }
}
