import type { RenderProcessGoneDetails } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  defaultCrashRecoveryPolicy,
  watchRendererCrashes,
} from '../../../electron/crash-recovery';
import { FakeClock, FakeWebContents, recordingLogger } from './fakes';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

function setup() {
  const clock = new FakeClock();
  const contents = new FakeWebContents();
  let relaunches = 0;
  const log = recordingLogger();
  const counted: [string, string][] = [];
  const recovery = watchRendererCrashes({
    contents,
    onCrash: (reason, action) => counted.push([reason, action]),
    relaunch: () => {
      relaunches += 1;
    },
    now: () => clock.now,
    timers: clock.timerApi,
    log,
  });
  const crash = (reason: RenderProcessGoneDetails['reason'] = 'crashed') =>
    contents.emit('render-process-gone', {}, { reason, exitCode: 139 });
  return { clock, contents, recovery, crash, log, counted, relaunches: () => relaunches };
}

describe('backoffDelay', () => {
  it('doubles from 1 s and caps at 60 s', () => {
    const delays = Array.from({ length: 10 }, (_, i) =>
      backoffDelay(i + 1, defaultCrashRecoveryPolicy),
    );
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60].map((s) => s * SECOND));
    expect(backoffDelay(10_000, defaultCrashRecoveryPolicy)).toBe(60 * SECOND);
  });
});

describe('watchRendererCrashes', () => {
  it('reloads after the back-off delay, not before', () => {
    const { clock, contents, crash, recovery } = setup();
    crash();
    expect(recovery.stats.pendingReloadMs).toBe(SECOND);
    clock.advance(SECOND - 1);
    expect(contents.reloads).toBe(0);
    clock.advance(1);
    expect(contents.reloads).toBe(1);
    expect(recovery.stats.pendingReloadMs).toBeNull();
  });

  it('backs off 1, 2, 4 … 60 s for crashes in a row that stay under the relaunch rate', () => {
    const { clock, contents, crash, recovery, relaunches } = setup();
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      crash();
      delays.push(recovery.stats.pendingReloadMs ?? -1);
      // Three minutes between crashes: never 5 within 10 minutes, never 5 minutes stable.
      clock.advance(3 * MINUTE);
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60].map((s) => s * SECOND));
    expect(contents.reloads).toBe(9);
    expect(relaunches()).toBe(0);
    expect(recovery.stats).toMatchObject({ totalCrashes: 9, consecutiveCrashes: 9 });
  });

  it('starts the back-off again after 5 minutes running without a crash', () => {
    const { clock, crash, recovery } = setup();
    crash();
    clock.advance(SECOND); // reloaded
    crash();
    expect(recovery.stats.pendingReloadMs).toBe(2 * SECOND);
    clock.advance(2 * SECOND); // reloaded
    clock.advance(5 * MINUTE - 1);
    expect(recovery.stats.consecutiveCrashes).toBe(2);
    clock.advance(1);
    expect(recovery.stats.consecutiveCrashes).toBe(0);
    crash();
    expect(recovery.stats.pendingReloadMs).toBe(SECOND);
    expect(recovery.stats.totalCrashes).toBe(3);
  });

  it('measures the 5 stable minutes from the reload, not from the crash', () => {
    const { clock, crash, recovery } = setup();
    crash(); // reload at 0:01
    clock.advance(5 * MINUTE + SECOND / 2); // 5:00.5 after the crash, 4:59.5 after the reload
    crash();
    expect(recovery.stats.pendingReloadMs).toBe(2 * SECOND);
  });

  it('relaunches on the 5th crash within 10 minutes instead of reloading', () => {
    const { clock, contents, crash, recovery, relaunches, log } = setup();
    for (let i = 0; i < 4; i++) {
      crash();
      clock.advance(recovery.stats.pendingReloadMs ?? 0);
    }
    expect(contents.reloads).toBe(4);
    expect(relaunches()).toBe(0);
    crash('oom');
    expect(relaunches()).toBe(1);
    expect(recovery.stats).toMatchObject({
      relaunchRequested: true,
      recentCrashes: 5,
      lastReason: 'oom',
      pendingReloadMs: null,
    });
    expect(log.entries.at(-1)?.level).toBe('error');
    // Nothing more happens after the relaunch was asked for.
    crash();
    clock.advance(10 * MINUTE);
    expect(relaunches()).toBe(1);
    expect(contents.reloads).toBe(4);
  });

  it('does not relaunch when the 5 crashes are spread over more than 10 minutes', () => {
    const { clock, crash, relaunches, recovery } = setup();
    // Crashes at 0:00, 2:31, 5:02, 7:33 and 10:04: the first has left the window by the fifth.
    for (let i = 0; i < 5; i++) {
      if (i > 0) clock.advance(2 * MINUTE + 31 * SECOND);
      crash();
    }
    expect(relaunches()).toBe(0);
    expect(recovery.stats.recentCrashes).toBe(4);
  });

  it('tells the crash counter of every reload and the relaunch, not of what it ignores', () => {
    const { clock, crash, counted, recovery, contents } = setup();
    for (let i = 0; i < 4; i++) {
      crash(i === 2 ? 'oom' : 'crashed');
      clock.advance(recovery.stats.pendingReloadMs ?? 0);
    }
    crash('killed');
    crash(); // after the relaunch was asked for: ignored
    expect(counted).toEqual([
      ['crashed', 'reload'],
      ['crashed', 'reload'],
      ['oom', 'reload'],
      ['crashed', 'reload'],
      ['killed', 'relaunch'],
    ]);
    const closing = setup();
    closing.contents.destroyed = true;
    closing.crash('clean-exit');
    expect(closing.counted).toEqual([]);
    expect(contents.reloads).toBe(4);
  });

  it('ignores a renderer that went away with its window', () => {
    const { contents, crash, recovery, clock } = setup();
    contents.destroyed = true;
    crash('clean-exit');
    clock.advance(MINUTE);
    expect(contents.reloads).toBe(0);
    expect(recovery.stats.totalCrashes).toBe(0);
  });

  it('stops listening and cancels a pending reload on dispose', () => {
    const { contents, crash, recovery, clock } = setup();
    crash();
    recovery.dispose();
    expect(clock.pendingDelays()).toEqual([]);
    crash();
    clock.advance(MINUTE);
    expect(contents.reloads).toBe(0);
    expect(contents.listenerCount('render-process-gone')).toBe(0);
  });
});
