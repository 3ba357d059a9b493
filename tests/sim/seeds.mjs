// `npm run sim -- --seeds 50 [--first 1] [--events 10000]`: the fault-injection simulation over
// many seeds on both engines (PGlite, and the PostgreSQL of tests/server/harness.ts), one vitest
// run per engine side by side. Prints each engine's pass count and every failing seed, which
// replays alone with `SIM_SEED=<n> npx vitest run -c tests/server/vitest.config.ts
// tests/server/simulation.test.ts`. Exits non-zero when a seed failed.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '50' },
    first: { type: 'string', default: '1' },
    events: { type: 'string', default: '10000' },
  },
});
for (const [name, value] of Object.entries(values)) {
  if (!/^[1-9]\d*$/.test(value)) {
    console.error(`--${name} must be a positive integer (got "${value}")`);
    process.exit(2);
  }
}

const ENGINES = ['pglite', 'pg'];
const dir = await mkdtemp(join(tmpdir(), 'accueil-sim-'));
const env = {
  ...process.env,
  SIM_SEEDS: values.seeds,
  SIM_FIRST_SEED: values.first,
  SIM_EVENTS: values.events,
};
const last = Number(values.first) + Number(values.seeds) - 1;
console.log(
  `simulation: seeds ${values.first}…${last}, ${values.events} events each, on ${ENGINES.join(' and ')}`,
);
const started = Date.now();

function runEngine(engine) {
  const args = [
    'node_modules/vitest/vitest.mjs',
    'run',
    '-c',
    'tests/sim/vitest.config.ts',
    '-t',
    `\\[${engine}\\]`,
    '--reporter=dot',
    '--silent=passed-only',
    '--reporter=json',
    `--outputFile.json=${join(dir, `${engine}.json`)}`,
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => resolve(code));
  });
}

await Promise.all(ENGINES.map(runEngine));

let failed = 0;
for (const engine of ENGINES) {
  let results;
  try {
    const report = JSON.parse(await readFile(join(dir, `${engine}.json`), 'utf8'));
    results = report.testResults.flatMap((file) => file.assertionResults);
  } catch (error) {
    console.log(`[${engine}] no result: ${error.message}`);
    failed++;
    continue;
  }
  const ran = results.filter((r) => r.status === 'passed' || r.status === 'failed');
  const bad = ran.filter((r) => r.status === 'failed');
  failed += bad.length;
  console.log(`[${engine}] ${ran.length - bad.length} of ${ran.length} seeds passed`);
  if (ran.length === 0) console.log(`[${engine}] no seed ran (is the engine reachable?)`);
  for (const r of bad) {
    const why = (r.failureMessages[0] ?? '').split('\n')[0];
    console.log(`[${engine}] FAILED ${r.title}: ${why}`);
  }
}
console.log(`simulation: done in ${Math.round((Date.now() - started) / 1000)} s`);
await rm(dir, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
