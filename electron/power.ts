// An unattended kiosk must keep its screen on: a dark screen looks switched off to learners.
import type { PowerSaveBlocker } from 'electron';

export type DisplaySleepBlocker = Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>;

/** Starts blocking display sleep; the returned function stops it (safe to call twice). */
export function preventDisplaySleep(powerSaveBlocker: DisplaySleepBlocker): () => void {
  const id = powerSaveBlocker.start('prevent-display-sleep');
  return () => {
    if (powerSaveBlocker.isStarted(id)) powerSaveBlocker.stop(id);
  };
}
