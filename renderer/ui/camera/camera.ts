// Camera → decoder worker → what to act on. Owns the MediaStream, the frames' way to the worker
// and the worker; the caller owns the <video> element and what a token means.
import { REST_FPS } from './motion';
import type { FrameCodes, FromDecoder, ToDecoder } from './protocol';
import { Sightings } from './sightings';

export type CameraStatus =
  | { state: 'starting' }
  | { state: 'live' }
  | { state: 'denied' }
  | { state: 'missing' }
  | { state: 'error'; detail: string };

export interface StartCameraOptions {
  video: HTMLVideoElement;
  /** A newly seen QR text; `frameAt` is performance.now() when its frame was grabbed. */
  onToken: (text: string, frameAt: number) => void;
  /** A code has been seen for a while but cannot be read: ask the learner to tilt it. */
  onHint: (frameAt: number) => void;
  onStatus: (status: CameraStatus) => void;
  /**
   * Subscribes to every key pressed on the kiosk (a USB scanner's first one too, which the page's
   * listeners never see); returns the unsubscribe.
   */
  watchKeys: (listener: () => void) => () => void;
}

/** performance.measure name: the worker's pixels + decode time, for every decoded frame. */
export const DECODE_MEASURE = 'accueil:decode';
/** performance.measure name: frame grab → result on the main thread, for every decoded frame. */
export const FRAME_MEASURE = 'accueil:camera-frame';
// User-timing entries are kept until cleared; a kiosk decoding all day would grow without bound.
// Readers that need every entry should use a PerformanceObserver.
const MEASURE_BUFFER_CAP = 10_000;

const VIDEO: MediaTrackConstraints = { width: { ideal: 1280 }, height: { ideal: 720 } };

/** MediaStreamTrackProcessor (Chromium, not in TypeScript's DOM lib). */
type TrackProcessor = new (init: { track: MediaStreamTrack; maxBufferSize?: number }) => {
  readable: ReadableStream<VideoFrame>;
};

/** The decoder worker; exported so benchmarks exercise exactly the worker the kiosk uses. */
export function createDecoderWorker(): Worker {
  return new Worker(new URL('./decoder.worker.ts', import.meta.url), {
    type: 'module',
    name: 'accueil-qr-decoder',
  });
}

/** Starts the camera and scanning; returns a function that stops both. Never throws. */
export function startCamera({
  video,
  onToken,
  onHint,
  onStatus,
  watchKeys,
}: StartCameraOptions): () => void {
  let stopped = false;
  let unwatchKeys: (() => void) | null = null;
  let stream: MediaStream | null = null;
  let playing = false;
  let decoderReady = false;
  // Where frames cannot be streamed to the worker, the main thread grabs them (paced by
  // requestVideoFrameCallback) with exactly one in flight: while the worker is busy, new frames
  // are skipped, not queued, so a slow decode never builds latency.
  let frameHandle: { kind: 'video' | 'animation'; id: number } | null = null;
  let inFlight: number | null = null;
  let nextFrameId = 1;
  let measureCount = 0;
  const sightings = new Sightings();
  const warned = new Set<string>();

  const report = (status: CameraStatus): void => {
    if (!stopped) onStatus(status);
  };
  const warnOnce = (message: string, error?: unknown): void => {
    // Per-frame failures would otherwise flood the console at camera rate.
    if (warned.has(message) || warned.size > 50) return;
    warned.add(message);
    console.warn(`[camera] ${message}`, error ?? '');
  };

  let worker: Worker | null = null;
  const send = (message: ToDecoder, transfer: Transferable[] = []): void =>
    worker?.postMessage(message, transfer);

  function handleDecoder(message: FromDecoder): void {
    if (stopped) return;
    switch (message.type) {
      case 'ready':
        decoderReady = true;
        announceLive();
        return;
      case 'error':
        if (message.frameId === undefined) {
          fail('decoder failed', message.message);
        } else {
          warnOnce(`decode failed: ${message.message}`);
          if (inFlight === message.frameId) inFlight = null;
        }
        return;
      case 'skipped':
        if (inFlight === message.frameId) inFlight = null;
        return;
      case 'activity':
        rest(message.idle);
        return;
      case 'result': {
        if (inFlight === message.frameId) inFlight = null;
        const frameAt = message.frameAt - performance.timeOrigin;
        recordMeasures(frameAt, message.decodeMs);
        act(message.codes, frameAt);
        return;
      }
    }
  }

  function act(codes: FrameCodes, frameAt: number): void {
    const { report: texts, hint } = sightings.frame(codes, frameAt);
    for (const text of texts) onToken(text, frameAt);
    if (hint) onHint(frameAt);
  }

  function recordMeasures(frameAt: number, decodeMs: number): void {
    if (++measureCount > MEASURE_BUFFER_CAP) {
      performance.clearMeasures(DECODE_MEASURE);
      performance.clearMeasures(FRAME_MEASURE);
      measureCount = 1;
    }
    const now = performance.now();
    performance.measure(DECODE_MEASURE, { start: now - decodeMs, duration: decodeMs });
    performance.measure(FRAME_MEASURE, { start: frameAt, end: now });
  }

  /**
   * Nothing moves in view (the worker watches): the camera delivers fewer frames, so there is
   * less to copy, look at and paint; a still scene looks the same at any frame rate.
   */
  function rest(idle: boolean): void {
    video.dataset.activity = idle ? 'idle' : 'active';
    const track = stream?.getVideoTracks()[0];
    track
      ?.applyConstraints(idle ? { ...VIDEO, frameRate: { max: REST_FPS } } : VIDEO)
      .catch((error: unknown) => warnOnce('could not change the frame rate', error));
  }

  // Any key (a USB scanner's first one) means someone is at the kiosk: scan at full rate once
  // the scan is answered (motion.ts).
  const onKey = (): void => send({ type: 'key' });

  function announceLive(): void {
    // "live" means scanning works, not just that the preview shows.
    if (!playing || !decoderReady) return;
    report({ state: 'live' });
    video.dataset.activity = 'active';
    unwatchKeys ??= watchKeys(onKey);
    if (!streamFrames()) scheduleFrame();
  }

  /** Hands the camera's frames to the worker; false where this browser cannot. */
  function streamFrames(): boolean {
    const Processor = (globalThis as { MediaStreamTrackProcessor?: TrackProcessor })
      .MediaStreamTrackProcessor;
    const track = stream?.getVideoTracks()[0];
    if (Processor === undefined || track === undefined) return false;
    try {
      // One buffered frame: a decode that takes longer than a frame skips frames, never lags.
      const { readable } = new Processor({ track, maxBufferSize: 1 });
      send({ type: 'stream', frames: readable }, [readable]);
      return true;
    } catch (error) {
      warnOnce('cannot stream frames to the decoder; grabbing them here instead', error);
      return false;
    }
  }

  function scheduleFrame(): void {
    if (stopped || frameHandle !== null) return;
    // requestVideoFrameCallback fires once per new camera frame; rAF would re-grab stale frames.
    if (typeof video.requestVideoFrameCallback === 'function') {
      frameHandle = { kind: 'video', id: video.requestVideoFrameCallback(onFrame) };
    } else {
      frameHandle = { kind: 'animation', id: requestAnimationFrame(onFrame) };
    }
  }

  function cancelFrame(): void {
    if (frameHandle === null) return;
    if (frameHandle.kind === 'video') video.cancelVideoFrameCallback(frameHandle.id);
    else cancelAnimationFrame(frameHandle.id);
    frameHandle = null;
  }

  function onFrame(): void {
    frameHandle = null;
    if (stopped) return;
    grabFrame();
    scheduleFrame();
  }

  function grabFrame(): void {
    if (inFlight !== null || worker === null) return;
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return;
    const frameId = nextFrameId++;
    const frameAt = performance.timeOrigin + performance.now();
    inFlight = frameId;
    createImageBitmap(video).then(
      (bitmap) => {
        if (stopped || worker === null || inFlight !== frameId) {
          bitmap.close();
          return;
        }
        send({ type: 'frame', frameId, frameAt, bitmap }, [bitmap]);
      },
      (error: unknown) => {
        warnOnce('could not grab a video frame', error);
        if (inFlight === frameId) inFlight = null;
      },
    );
  }

  function fail(message: string, error: unknown): void {
    if (stopped) return;
    console.warn(`[camera] ${message}`, error);
    report({ state: 'error', detail: message });
    teardown();
  }

  function teardown(): void {
    stopped = true;
    unwatchKeys?.();
    unwatchKeys = null;
    cancelFrame();
    inFlight = null;
    worker?.terminate();
    worker = null;
    for (const track of stream?.getTracks() ?? []) {
      track.onended = null;
      track.stop();
    }
    if (stream !== null && video.srcObject === stream) {
      video.pause();
      video.srcObject = null;
    }
    delete video.dataset.activity;
    stream = null;
  }

  async function open(): Promise<void> {
    report({ state: 'starting' });
    const mediaDevices = navigator.mediaDevices as MediaDevices | undefined;
    if (mediaDevices?.getUserMedia === undefined) {
      // Also the case in an insecure context, where mediaDevices is not exposed at all.
      console.warn('[camera] navigator.mediaDevices.getUserMedia is unavailable');
      report({ state: 'missing' });
      teardown();
      return;
    }
    let opened: MediaStream;
    try {
      opened = await mediaDevices.getUserMedia({ audio: false, video: VIDEO });
    } catch (error) {
      console.warn('[camera] getUserMedia failed', error);
      report(classify(error));
      teardown();
      return;
    }
    if (stopped) {
      for (const track of opened.getTracks()) track.stop();
      return;
    }
    stream = opened;
    for (const track of opened.getVideoTracks()) {
      // Fired when the camera is unplugged or taken away by the OS, not on our own stop().
      track.onended = () => {
        console.warn('[camera] video track ended', track.label);
        report({ state: 'missing' });
        teardown();
      };
    }
    video.muted = true;
    video.playsInline = true;
    video.srcObject = opened;
    try {
      await video.play();
    } catch (error) {
      if (!stopped) fail('video playback failed', error);
      return;
    }
    playing = true;
    announceLive();
  }

  try {
    // Started before getUserMedia so the wasm compiles while the camera spins up.
    worker = createDecoderWorker();
    worker.onmessage = (event: MessageEvent<FromDecoder>) => handleDecoder(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      fail('decoder worker failed', event.message || 'worker error (load or CSP?)');
    };
  } catch (error) {
    fail('decoder worker could not be created', error);
    return teardown;
  }
  void open();
  return teardown;
}

function classify(error: unknown): CameraStatus {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return { state: 'denied' };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return { state: 'missing' };
    default:
      // The name (e.g. NotReadableError: camera busy in another app) is stable enough to map to
      // a staff-facing message; the full error went to the console.
      return { state: 'error', detail: name || 'unknown' };
  }
}
