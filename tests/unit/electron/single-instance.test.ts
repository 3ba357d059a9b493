import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { claimSingleInstance, type FocusableWindow } from '../../../electron/single-instance';

class FakeApp extends EventEmitter {
  constructor(private readonly gotLock: boolean) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
}

function fakeWindow(minimized: boolean): FocusableWindow & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
}

describe('claimSingleInstance', () => {
  it('returns false when another instance holds the lock, and listens for nothing', () => {
    const app = new FakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the existing window back when a second instance starts', () => {
    const app = new FakeApp(true);
    const win = fakeWindow(true);
    expect(claimSingleInstance(app, () => win)).toBe(true);
    app.emit('second-instance', {}, ['accueil'], '/');
    expect(win.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('does not restore a window that is not minimised', () => {
    const app = new FakeApp(true);
    const win = fakeWindow(false);
    claimSingleInstance(app, () => win);
    app.emit('second-instance');
    expect(win.calls).toEqual(['show', 'focus']);
  });

  it('copes with no window yet, or a destroyed one', () => {
    const app = new FakeApp(true);
    let win: FocusableWindow | null = null;
    claimSingleInstance(app, () => win);
    expect(() => app.emit('second-instance')).not.toThrow();
    const destroyed = { ...fakeWindow(true), isDestroyed: () => true };
    win = destroyed;
    app.emit('second-instance');
    expect(destroyed.calls).toEqual([]);
  });
});
