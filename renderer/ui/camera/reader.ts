// zxing-wasm's reader options for camera frames, shared by the decoder worker and the benchmark.
import type { ReaderOptions } from 'zxing-wasm/reader';

/**
 * Chosen by measurement (tests/bench/decode.ts, 1280x720 frames): tryHarder costs ~2 ms a frame
 * and still reads small tilted badges that the fast path misses; tryDownscale reads large
 * blurred codes; QR detection is rotation-invariant, and tryRotate decoded nothing more.
 * Several symbols, so that a poster's code never hides a badge and two badges side by side both
 * read; tryInvert for light-on-dark codes (a badge on a phone in dark mode); returnErrors so that
 * a code found but not readable (glare) is known. These three cost a fifth to a third more time
 * a frame than one dark-on-light symbol.
 */
export const READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  tryRotate: false,
  tryInvert: true,
  tryDownscale: true,
  maxNumberOfSymbols: 8,
  returnErrors: true,
};
