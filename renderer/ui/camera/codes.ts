// From zxing's results for one frame to what the kiosk uses: the texts read, and whether some
// other code was found that could not be read. Pure, so it is tested without the wasm.
import type { ReadResult } from 'zxing-wasm/reader';
import type { FrameCodes } from './protocol';

type Found = Pick<ReadResult, 'isValid' | 'text' | 'position'>;

export function frameCodes(results: readonly Found[]): FrameCodes {
  const read = results.filter((result) => result.isValid);
  // An invalid result (a ChecksumError with returnErrors) carries no trustworthy text: it only
  // says a code is there. zxing can report a code read in one pass as unreadable in another
  // (say, downscaled): that one is not an unreadable code.
  const unreadable = results.some(
    (result) => !result.isValid && !read.some((other) => contains(other, centre(result))),
  );
  return { texts: [...new Set(read.map((result) => result.text))], unreadable };
}

function corners({ position: p }: Found): { x: number; y: number }[] {
  return [p.topLeft, p.topRight, p.bottomRight, p.bottomLeft];
}

function centre(result: Found): { x: number; y: number } {
  const points = corners(result);
  return {
    x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
    y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
  };
}

/** Whether `point` lies in the bounding box of `result`'s corners. */
function contains(result: Found, point: { x: number; y: number }): boolean {
  const xs = corners(result).map((p) => p.x);
  const ys = corners(result).map((p) => p.y);
  return (
    point.x >= Math.min(...xs) &&
    point.x <= Math.max(...xs) &&
    point.y >= Math.min(...ys) &&
    point.y <= Math.max(...ys)
  );
}
