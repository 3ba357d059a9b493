// The console guard's shape (server/console/guard.ts, the core's), until its branch is merged.
import type { onRequestHookHandler } from 'fastify';

export type ConsoleRole = 'admin' | 'reception';
export type Guard = (role: ConsoleRole) => onRequestHookHandler;
