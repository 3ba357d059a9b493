// The main process logs through this narrow interface so modules can be tested silently and the
// sink (console today, a rotating file later) can change in one place.
export interface Logger {
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

function write(method: 'info' | 'warn' | 'error', message: string, details?: unknown): void {
  const line = `[accueil] ${message}`;
  if (details === undefined) console[method](line);
  else console[method](line, details);
}

export const consoleLogger: Logger = {
  info: (message, details) => write('info', message, details),
  warn: (message, details) => write('warn', message, details),
  error: (message, details) => write('error', message, details),
};

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
