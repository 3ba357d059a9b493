// Node 20 cannot run TypeScript: load tests/bench/decode.ts through Vite's module runner.
// Usage: node tests/bench/decode-cli.mjs
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('./decode.ts', import.meta.url));
const { module } = await runnerImport(entry, { logLevel: 'warn' });
process.exitCode = await module.main();
