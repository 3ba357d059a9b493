// Runs the camera scanner for as long as the screen is shown, and starts it again when a camera
// is plugged in after it was missing or failed.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useScanFeed } from '../useWedgeScanner';
import { startCamera, type CameraStatus } from './camera';

export function useCamera(
  video: RefObject<HTMLVideoElement | null>,
  onToken: (text: string, frameAt: number) => void,
  /** A code is in view but cannot be read (glare, blur): ask the learner to tilt it. */
  onHint: (frameAt: number) => void,
): CameraStatus {
  const [status, setStatus] = useState<CameraStatus>({ state: 'starting' });
  const feed = useScanFeed();
  const latest = useRef({ onToken, onHint });
  useEffect(() => {
    latest.current = { onToken, onHint };
  }, [onToken, onHint]);

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    let current: CameraStatus = { state: 'starting' };
    const start = () =>
      startCamera({
        video: element,
        onToken: (text, frameAt) => latest.current.onToken(text, frameAt),
        onHint: (frameAt) => latest.current.onHint(frameAt),
        watchKeys: (listener) => feed.onKey(listener),
        onStatus: (next) => {
          current = next;
          setStatus(next);
        },
      });
    let stop = start();
    const devices = navigator.mediaDevices;
    const onDeviceChange = () => {
      if (current.state === 'missing' || current.state === 'error') {
        stop();
        stop = start();
      }
    };
    devices?.addEventListener('devicechange', onDeviceChange);
    return () => {
      devices?.removeEventListener('devicechange', onDeviceChange);
      stop();
    };
  }, [video, feed]);

  return status;
}
