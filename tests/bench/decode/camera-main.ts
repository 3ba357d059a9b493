// Drives the real startCamera() against Chromium's fake webcam (a y4m file).
import { DECODE_MEASURE, FRAME_MEASURE, startCamera } from '../../../renderer/ui/camera/camera';
import type { CameraCheckPageResult } from './results';

const video = document.querySelector<HTMLVideoElement>('#preview');
if (video === null) throw new Error('no #preview video');

const started = performance.now();
const result: CameraCheckPageResult = {
  statuses: [],
  tokens: [],
  hints: 0,
  decodeMs: [],
  frameMs: [],
};
window.__cameraCheck = result;

new PerformanceObserver((list) => {
  for (const entry of list.getEntriesByName(DECODE_MEASURE)) result.decodeMs.push(entry.duration);
  for (const entry of list.getEntriesByName(FRAME_MEASURE)) result.frameMs.push(entry.duration);
}).observe({ entryTypes: ['measure'] });

window.__stopCamera = startCamera({
  video,
  onToken: (text, frameAt) => {
    const now = performance.now();
    result.tokens.push({ text, latencyMs: now - frameAt, sinceStartMs: now - started });
  },
  onHint: () => {
    result.hints += 1;
  },
  onStatus: (status) => {
    result.statuses.push(status.state === 'error' ? `error:${status.detail}` : status.state);
  },
  // No scanner on this page: nobody presses keys.
  watchKeys: () => () => undefined,
});
