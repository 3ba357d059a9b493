// Runs in the sandboxed renderer before the page. It exposes exactly the KioskBridge, derived
// from the contract in shared/bridge.ts, and nothing of ipcRenderer itself: each function is
// bound to its own channel, so the page can only make the calls the main process checks.
// Bundled into one CommonJS file: a sandboxed preload can require 'electron' but no local file.
import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_CALLS,
  BRIDGE_EVENTS,
  listenerName,
  type BridgeCalls,
  type BridgeListeners,
  type CallName,
  type EventName,
  type KioskBridge,
} from '../shared/bridge';

function bindCall<K extends CallName>(name: K): BridgeCalls[K] {
  const { channel } = BRIDGE_CALLS[name];
  // ipcRenderer.invoke answers Promise<any>; the contract gives it its type.
  return (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
}

function bindListener(name: EventName): BridgeListeners[keyof BridgeListeners] {
  const channel = BRIDGE_EVENTS[name];
  return (callback) => {
    // The page gets a bare call: never the IPC event, whose `sender` is ipcRenderer itself.
    const listener = (): void => callback();
    ipcRenderer.on(channel, listener);
    return () => {
      ipcRenderer.removeListener(channel, listener);
    };
  };
}

// Object.fromEntries forgets the keys; they are the contract's own, one function each.
const calls = Object.fromEntries(
  (Object.keys(BRIDGE_CALLS) as CallName[]).map((name) => [name, bindCall(name)]),
) as BridgeCalls;
const listeners = Object.fromEntries(
  (Object.keys(BRIDGE_EVENTS) as EventName[]).map((name) => [
    listenerName(name),
    bindListener(name),
  ]),
) as BridgeListeners;

const bridge: KioskBridge = { host: 'electron', ...calls, ...listeners };

contextBridge.exposeInMainWorld('kiosk', bridge);
