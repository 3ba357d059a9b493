// Minimal stand-ins for the Electron objects the main-process modules take as parameters. They
// record what the module did so tests can assert on it; none of them needs the Electron binary.
import { EventEmitter } from 'node:events';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { BRIDGE_CALLS } from '../../../shared/bridge';

export interface FakeEvent {
  url: string;
  isMainFrame: boolean;
  isSameDocument: boolean;
  frame: null;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url = '', isMainFrame = true): FakeEvent {
  return {
    url,
    isMainFrame,
    isSameDocument: false,
    frame: null,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  reloads = 0;
  destroyed = false;
  /** Channels sent to the renderer with webContents.send, in order. */
  readonly sent: string[] = [];

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string): void {
    this.sent.push(channel);
  }
  reload(): void {
    this.reloads += 1;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** Manual clock and timers: time only moves when the test says so. */
export class FakeClock {
  now = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; run: () => void; ms: number }>();

  readonly timerApi = {
    setTimeout: (run: () => void, ms: number): number => {
      const id = this.nextId++;
      this.timers.set(id, { at: this.now + ms, run, ms });
      return id;
    },
    clearTimeout: (id: number): void => {
      this.timers.delete(id);
    },
  };

  /** Delays of the timers still pending, in scheduling order. */
  pendingDelays(): number[] {
    return [...this.timers.values()].map((t) => t.ms);
  }

  advance(ms: number): void {
    const target = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, t]) => t.at <= target)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.timers.delete(id);
      this.now = timer.at;
      timer.run();
    }
    this.now = target;
  }
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  details?: unknown;
}

export function recordingLogger(): {
  entries: LogEntry[];
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
} {
  const entries: LogEntry[] = [];
  return {
    entries,
    info: (message, details) => entries.push({ level: 'info', message, details }),
    warn: (message, details) => entries.push({ level: 'warn', message, details }),
    error: (message, details) => entries.push({ level: 'error', message, details }),
  };
}

/** Every renderer → main channel of the bridge contract. */
export const callChannels: string[] = Object.values(BRIDGE_CALLS).map((call) => call.channel);
