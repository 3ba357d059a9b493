// A renderer that dies leaves a blank kiosk nobody is watching. Reload it, backing off so a
// page that crashes at start-up does not spin, and relaunch the whole app when reloads clearly
// do not help (a broken GPU process or exhausted memory survive a reload, not a restart).
import type { RenderProcessGoneDetails } from 'electron';
import { silentLogger, type Logger } from './log';

export interface CrashRecoveryPolicy {
  /** First reload delay; doubled for each crash in a row. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** This long running after a reload without a crash, and the back-off starts again. */
  stableAfterMs: number;
  /** This many crashes within windowMs trigger relaunch() instead of a reload. */
  relaunchAfterCrashes: number;
  windowMs: number;
}

export const defaultCrashRecoveryPolicy: CrashRecoveryPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 60_000,
  stableAfterMs: 5 * 60_000,
  relaunchAfterCrashes: 5,
  windowMs: 10 * 60_000,
};

export interface RecoverableContents {
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: RenderProcessGoneDetails) => void,
  ): unknown;
  removeListener(
    event: 'render-process-gone',
    listener: (event: unknown, details: RenderProcessGoneDetails) => void,
  ): unknown;
  reload(): void;
  isDestroyed(): boolean;
}

export interface Timers<H = unknown> {
  setTimeout(callback: () => void, ms: number): H;
  clearTimeout(handle: H): void;
}

export interface CrashRecoveryDeps<H = unknown> {
  contents: RecoverableContents;
  /** Restarts the whole application (app.relaunch() then app.exit()). */
  relaunch: () => void;
  /** Told of every crash it recovers from, before the reload or relaunch (the crash counter). */
  onCrash?: (reason: RenderProcessGoneDetails['reason'], action: 'reload' | 'relaunch') => void;
  now: () => number;
  timers: Timers<H>;
  log?: Logger;
  policy?: Partial<CrashRecoveryPolicy>;
}

export interface CrashStats {
  totalCrashes: number;
  /** Crashes counted towards the back-off (0 once stable for stableAfterMs). */
  consecutiveCrashes: number;
  /** Crashes within the last windowMs. */
  recentCrashes: number;
  lastReason: RenderProcessGoneDetails['reason'] | null;
  /** Delay of the reload now pending, or null. */
  pendingReloadMs: number | null;
  relaunchRequested: boolean;
}

export interface CrashRecovery {
  readonly stats: CrashStats;
  dispose(): void;
}

export function backoffDelay(consecutiveCrashes: number, policy: CrashRecoveryPolicy): number {
  const exponent = Math.max(0, consecutiveCrashes - 1);
  // Capping the exponent keeps 2 ** n finite however long the kiosk runs.
  return Math.min(policy.initialDelayMs * 2 ** Math.min(exponent, 30), policy.maxDelayMs);
}

export function watchRendererCrashes<H>(deps: CrashRecoveryDeps<H>): CrashRecovery {
  const policy = { ...defaultCrashRecoveryPolicy, ...deps.policy };
  const log = deps.log ?? silentLogger;
  let crashTimes: number[] = [];
  let totalCrashes = 0;
  let consecutive = 0;
  let lastCrashAt: number | null = null;
  // When the renderer last came back; null while a reload is pending (not running, so not stable).
  let runningSince: number | null = null;
  let lastReason: CrashStats['lastReason'] = null;
  let pending: { handle: H; delayMs: number } | null = null;
  let relaunchRequested = false;

  const isStable = (at: number): boolean =>
    lastCrashAt === null || (runningSince !== null && at - runningSince >= policy.stableAfterMs);

  const onGone = (_event: unknown, details: RenderProcessGoneDetails): void => {
    // A window being closed takes its renderer with it; that is not a crash to recover from.
    if (relaunchRequested || deps.contents.isDestroyed()) return;
    const at = deps.now();
    totalCrashes += 1;
    consecutive = isStable(at) ? 1 : consecutive + 1;
    lastCrashAt = at;
    runningSince = null;
    lastReason = details.reason;
    crashTimes = [...crashTimes.filter((t) => at - t < policy.windowMs), at];

    if (pending) {
      deps.timers.clearTimeout(pending.handle);
      pending = null;
    }

    const relaunching = crashTimes.length >= policy.relaunchAfterCrashes;
    deps.onCrash?.(details.reason, relaunching ? 'relaunch' : 'reload');
    if (relaunching) {
      relaunchRequested = true;
      log.error(`Renderer gone (${details.reason}) ${crashTimes.length} times: relaunching`, {
        exitCode: details.exitCode,
      });
      deps.relaunch();
      return;
    }

    const delayMs = backoffDelay(consecutive, policy);
    log.warn(`Renderer gone (${details.reason}); reloading in ${delayMs} ms`, {
      exitCode: details.exitCode,
      consecutive,
    });
    const handle = deps.timers.setTimeout(() => {
      pending = null;
      runningSince = deps.now();
      if (!deps.contents.isDestroyed()) deps.contents.reload();
    }, delayMs);
    pending = { handle, delayMs };
  };

  deps.contents.on('render-process-gone', onGone);

  return {
    get stats(): CrashStats {
      const at = deps.now();
      return {
        totalCrashes,
        consecutiveCrashes: isStable(at) ? 0 : consecutive,
        recentCrashes: crashTimes.filter((t) => at - t < policy.windowMs).length,
        lastReason,
        pendingReloadMs: pending?.delayMs ?? null,
        relaunchRequested,
      };
    },
    dispose() {
      deps.contents.removeListener('render-process-gone', onGone);
      if (pending) deps.timers.clearTimeout(pending.handle);
      pending = null;
    },
  };
}
