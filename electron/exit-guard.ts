// Leaving the kiosk. Staff press Ctrl+Alt+Shift+Q on a keyboard; the main process sees the
// physical keys (webContents 'before-input-event'), tells the renderer to ask for an admin's
// PIN, and honours the renderer's bridge.quit() only within EXIT_GRANT_MS of that chord. Every
// other way out (Alt+F4, Ctrl+W, Ctrl+Q, reload, F11, the window manager's close) is refused
// while the kiosk is locked down.
//
// Threat model, plainly:
// - A learner at the screen (touch, or a keyboard within reach): the shortcuts above are eaten
//   before the page or any menu sees them, and the window's 'close' is cancelled; only the
//   chord opens the PIN prompt, which takes an admin PIN with the renderer's lock-out.
// - A compromised renderer (injected script): it can call bridge.quit() at any time, but main
//   refuses it unless someone pressed the chord on a real keyboard within the grant window.
//   Keys the page fakes (dispatchEvent, synthetic KeyboardEvents) never reach
//   'before-input-event', and no IPC channel asks for the exit. So it cannot leave the kiosk
//   remotely or on its own. What it CAN do: skip the PIN check once the chord was pressed (the
//   PIN hashes and the check live in the renderer's database), or simply break the screen. The
//   gate buys "exit needs physical presence", not "exit needs a PIN against a hostile renderer".
// - The OS ending the session (shutdown, log-off, SIGTERM) quits through app.quit(): that is
//   never held up, since a kiosk that blocks a reboot is worse than one that exits.
import type { Logger } from './log';
import { silentLogger } from './log';
import { BRIDGE_EVENTS } from '../shared/bridge';

/** How long after the chord the renderer's quit() is honoured: time to type a PIN. */
export const EXIT_GRANT_MS = 2 * 60_000;

/** The part of Electron's Input this module reads. */
export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  isAutoRepeat: boolean;
}

/** Ctrl+Alt+Shift+Q: three modifiers, so no learner and no scanner types it by chance. */
export function isExitChord(input: KeyInput): boolean {
  return (
    input.type === 'keyDown' &&
    !input.isAutoRepeat &&
    input.control &&
    input.alt &&
    input.shift &&
    !input.meta &&
    // The key labelled Q, or the key in Q's place when a layout (AltGr) reports something else.
    (input.key.toLowerCase() === 'q' || input.code === 'KeyQ')
  );
}

// Ctrl+letter shortcuts that close, reload, print, open files or tools in Chromium or a menu.
const CTRL_LETTERS = new Set(['w', 'q', 'r', 'n', 't', 'p', 's', 'o', 'u', 'i', 'j']);
// Ctrl+key that zoom: harmless, but a zoomed kiosk hides its buttons from the next learner.
const CTRL_ZOOM = new Set(['+', '-', '=', '0']);
// F4 (with Alt), F5 reload, F11 full screen, F12 developer tools, F7 caret browsing.
const FUNCTION_KEYS = new Set(['F5', 'F7', 'F11', 'F12']);

/** Keys refused in kiosk mode. Plain keys, digits and Enter stay free: PINs and scanners. */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  if (FUNCTION_KEYS.has(input.key)) return true;
  if (input.alt && input.key === 'F4') return true;
  // Alt+Left/Right: history navigation.
  if (input.alt && !input.control && (input.key === 'ArrowLeft' || input.key === 'ArrowRight')) {
    return true;
  }
  if (input.control || input.meta) {
    const key = input.key.toLowerCase();
    return CTRL_LETTERS.has(key) || CTRL_ZOOM.has(key);
  }
  return false;
}

export class ExitNotGrantedError extends Error {
  constructor() {
    super('Refused quit: the exit chord was not pressed on the kiosk within the grant window');
    this.name = 'ExitNotGrantedError';
  }
}

interface Preventable {
  preventDefault(): void;
}

/** The parts of Electron's objects this module uses; fakes implement just these. */
export interface GuardedContents {
  on(event: 'before-input-event', listener: (event: Preventable, input: KeyInput) => void): unknown;
  send(channel: string): void;
  isDestroyed(): boolean;
}
export interface GuardedWindow {
  on(event: 'close', listener: (event: Preventable) => void): unknown;
  on(event: 'session-end', listener: () => void): unknown;
}
export interface QuittingApp {
  on(event: 'before-quit', listener: () => void): unknown;
}

export interface ExitGuardDeps {
  app: QuittingApp;
  window: GuardedWindow;
  contents: GuardedContents;
  /** app.quit(). */
  quit: () => void;
  now: () => number;
  /** Packaged kiosk: refuse the shortcuts and the window's close. Development keeps them. */
  lockDown: boolean;
  grantMs?: number;
  log?: Logger;
}

export interface ExitGuard {
  /** The bridge's quit: throws ExitNotGrantedError unless the chord was pressed recently. */
  quit(): void;
  /** The prompt was closed without leaving: the chord's grant ends at once. */
  cancel(): void;
  /** Lets the window close from now on (crash relaunch, OS session ending). */
  allowExit(reason: string): void;
  readonly exitAllowed: boolean;
}

export function installExitGuard(deps: ExitGuardDeps): ExitGuard {
  const log = deps.log ?? silentLogger;
  const grantMs = deps.grantMs ?? EXIT_GRANT_MS;
  let chordAt: number | null = null;
  let exitAllowed = false;

  deps.contents.on('before-input-event', (event, input) => {
    if (isExitChord(input)) {
      event.preventDefault();
      chordAt = deps.now();
      log.info('Exit chord pressed: asking the renderer for an admin PIN');
      if (!deps.contents.isDestroyed()) deps.contents.send(BRIDGE_EVENTS.exitRequested);
      return;
    }
    if (deps.lockDown && isBlockedShortcut(input)) {
      event.preventDefault();
      log.info('Blocked a shortcut in kiosk mode', { key: input.key, code: input.code });
    }
  });

  // app.quit() (ours, or the OS's on shutdown, log-off or SIGTERM) emits before-quit first;
  // Alt+F4 and the window manager's close button only close the window.
  deps.app.on('before-quit', () => {
    exitAllowed = true;
  });
  // Windows ends the session (shutdown, restart, log-off) without before-quit.
  deps.window.on('session-end', () => {
    exitAllowed = true;
  });
  deps.window.on('close', (event) => {
    if (!deps.lockDown || exitAllowed) return;
    event.preventDefault();
    log.warn('Blocked closing the kiosk window (no exit granted)');
  });

  return {
    quit() {
      const at = deps.now();
      if (chordAt === null || at - chordAt > grantMs || at < chordAt) {
        log.warn('Refused quit: no exit chord within the grant window');
        throw new ExitNotGrantedError();
      }
      chordAt = null; // one chord, one exit
      exitAllowed = true;
      log.info('Exit granted after the chord and an admin PIN: quitting');
      deps.quit();
    },
    cancel() {
      if (chordAt !== null) log.info('Exit prompt closed without leaving: grant withdrawn');
      chordAt = null;
    },
    allowExit(reason) {
      exitAllowed = true;
      log.info(`Exit allowed: ${reason}`);
    },
    get exitAllowed() {
      return exitAllowed;
    },
  };
}
