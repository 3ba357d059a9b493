// What the benchmark pages publish on `window`, read back by tests/bench/decode.ts.

export interface DecodeBenchPageResult {
  /** Worker-side ms per frame (the decoder's own decodeMs), in frame order, every pass. */
  zxing: number[];
  /** Main-thread ms per jsQR call on the same frames. */
  jsqr: number[];
  /** Frames handled correctly: badge frames decoded to their token, blank frames to nothing. */
  zxingOk: number;
  jsqrOk: number;
  /** Frames in one pass (badge + blank). */
  frames: number;
  badgeFrames: number;
  passes: number;
  /** Labels of the frames each decoder got wrong (first pass). */
  zxingMisses: string[];
  jsqrMisses: string[];
}

export interface CameraCheckPageResult {
  statuses: string[];
  tokens: { text: string; latencyMs: number; sinceStartMs: number }[];
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
