import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { BRIDGE_EVENTS } from '../../../shared/bridge';
import {
  EXIT_GRANT_MS,
  ExitNotGrantedError,
  installExitGuard,
  isBlockedShortcut,
  isExitChord,
  type KeyInput,
} from '../../../electron/exit-guard';
import { FakeClock, FakeWebContents, recordingLogger } from './fakes';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  code: /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : k,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  isAutoRepeat: false,
  ...mods,
});
const chord = (mods: Partial<KeyInput> = {}) =>
  key('Q', { control: true, alt: true, shift: true, ...mods });

function preventable() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

function setup(lockDown = true) {
  const clock = new FakeClock();
  const app = new EventEmitter();
  const window = new EventEmitter();
  const contents = new FakeWebContents();
  const log = recordingLogger();
  let quits = 0;
  const guard = installExitGuard({
    app,
    window,
    contents,
    quit: () => {
      quits += 1;
    },
    now: () => clock.now,
    lockDown,
    log,
  });
  /** A key as the OS delivers it to the window: through 'before-input-event'. */
  const press = (input: KeyInput) => {
    const event = preventable();
    contents.emit('before-input-event', event, input);
    return event.defaultPrevented;
  };
  const tryClose = () => {
    const event = preventable();
    window.emit('close', event);
    return !event.defaultPrevented;
  };
  return { clock, app, window, contents, guard, press, tryClose, log, quits: () => quits };
}

describe('isExitChord', () => {
  it('is Ctrl+Alt+Shift+Q on key down, whatever the case or the layout reports', () => {
    expect(isExitChord(chord())).toBe(true);
    expect(isExitChord(chord({ key: 'q' }))).toBe(true);
    // AltGr layouts may report another character for the key in Q's place.
    expect(isExitChord(chord({ key: '@', code: 'KeyQ' }))).toBe(true);
  });

  it('is nothing else: a modifier missing, Meta, key up, auto-repeat, another key', () => {
    for (const input of [
      chord({ control: false }),
      chord({ alt: false }),
      chord({ shift: false }),
      chord({ meta: true }),
      chord({ type: 'keyUp' }),
      chord({ isAutoRepeat: true }),
      key('W', { control: true, alt: true, shift: true }),
      key('q'),
      key('Q', { control: true }),
    ]) {
      expect(isExitChord(input), JSON.stringify(input)).toBe(false);
    }
  });
});

describe('isBlockedShortcut', () => {
  it('blocks the ways out of a kiosk window', () => {
    for (const input of [
      key('F4', { alt: true }),
      key('w', { control: true }),
      key('W', { control: true, shift: true }),
      key('q', { control: true }),
      key('r', { control: true }),
      key('R', { control: true, shift: true }),
      key('F5'),
      key('F5', { control: true }),
      key('F11'),
      key('F12'),
      key('I', { control: true, shift: true }),
      key('p', { control: true }),
      key('n', { control: true }),
      key('+', { control: true }),
      key('0', { control: true }),
      key('ArrowLeft', { alt: true }),
    ]) {
      expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(true);
    }
  });

  it('leaves what learners, scanners and PINs type', () => {
    for (const input of [
      key('a'),
      key('Q'),
      key('7'),
      key('Enter'),
      key('Tab'),
      key('Escape'),
      key('Backspace'),
      key('ArrowLeft'),
      key('F4'),
      key('w', { type: 'keyUp', control: true }),
    ]) {
      expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(false);
    }
  });
});

describe('installExitGuard', () => {
  it('the chord is eaten and asks the renderer for an admin PIN', () => {
    const { press, contents } = setup();
    expect(press(chord())).toBe(true);
    expect(contents.sent).toEqual([BRIDGE_EVENTS.exitRequested]);
  });

  it('refuses quit without the chord: what a compromised renderer would try', () => {
    const { guard, quits, log, tryClose } = setup();
    expect(() => guard.quit()).toThrow(ExitNotGrantedError);
    expect(quits()).toBe(0);
    expect(log.entries.at(-1)).toMatchObject({ level: 'warn' });
    expect(tryClose()).toBe(false);
  });

  it('keys the page fakes never reach it: only before-input-event grants, and no IPC does', () => {
    const { guard, contents, quits } = setup();
    // The page's dispatchEvent(new KeyboardEvent(...)) stays in the renderer; the guard listens
    // to nothing but the OS input on this webContents.
    expect(contents.eventNames()).toEqual(['before-input-event']);
    contents.emit('ipc-message', {}, BRIDGE_EVENTS.exitRequested);
    contents.emit('console-message', {}, 0, 'Ctrl+Alt+Shift+Q');
    expect(() => guard.quit()).toThrow(ExitNotGrantedError);
    expect(quits()).toBe(0);
  });

  it('quits within the grant window after the chord, once per chord', () => {
    const { guard, press, clock, quits, tryClose } = setup();
    press(chord());
    clock.advance(EXIT_GRANT_MS);
    guard.quit();
    expect(quits()).toBe(1);
    expect(guard.exitAllowed).toBe(true);
    expect(tryClose()).toBe(true);
    expect(() => guard.quit()).toThrow(ExitNotGrantedError);
    expect(quits()).toBe(1);
  });

  it('forgets the chord when the prompt is closed without leaving: the next quit needs a new one', () => {
    const { guard, press, clock, quits } = setup();
    press(chord());
    clock.advance(1_000);
    guard.cancel();
    expect(() => guard.quit()).toThrow(ExitNotGrantedError);
    press(chord());
    guard.quit();
    expect(quits()).toBe(1);
  });

  it('refuses quit once the grant window is over, or if the clock went back', () => {
    const { guard, press, clock, quits } = setup();
    press(chord());
    clock.advance(EXIT_GRANT_MS + 1);
    expect(() => guard.quit()).toThrow(ExitNotGrantedError);
    clock.now = 10_000_000;
    press(chord());
    clock.now = 9_000_000;
    expect(() => guard.quit()).toThrow(ExitNotGrantedError);
    expect(quits()).toBe(0);
  });

  it('a chord alone does not let the window close: the PIN is still to come', () => {
    const { press, tryClose } = setup();
    press(chord());
    expect(tryClose()).toBe(false);
  });

  it('kiosk mode: blocks the shortcuts and the window close (Alt+F4, window manager)', () => {
    const { press, tryClose, contents } = setup(true);
    expect(press(key('F4', { alt: true }))).toBe(true);
    expect(press(key('w', { control: true }))).toBe(true);
    expect(press(key('F11'))).toBe(true);
    expect(press(key('7'))).toBe(false);
    expect(press(key('Enter'))).toBe(false);
    expect(tryClose()).toBe(false);
    expect(contents.sent).toEqual([]);
  });

  it('never holds up the OS: a quit in progress or the session ending lets the window close', () => {
    const quitting = setup();
    quitting.app.emit('before-quit');
    expect(quitting.tryClose()).toBe(true);
    const ending = setup();
    ending.window.emit('session-end');
    expect(ending.tryClose()).toBe(true);
    const relaunch = setup();
    relaunch.guard.allowExit('crash recovery relaunch');
    expect(relaunch.tryClose()).toBe(true);
  });

  it('development: shortcuts and closing stay, the chord and the quit gate too', () => {
    const { press, tryClose, guard } = setup(false);
    expect(press(key('r', { control: true }))).toBe(false);
    expect(tryClose()).toBe(true);
    expect(() => guard.quit()).toThrow(ExitNotGrantedError);
    expect(press(chord())).toBe(true);
    expect(() => guard.quit()).not.toThrow();
  });

  it('does not message a destroyed webContents', () => {
    const { press, contents } = setup();
    contents.destroyed = true;
    press(chord());
    expect(contents.sent).toEqual([]);
  });
});
