// `npm run sim -- --seeds 50 [--first 1] [--events 10000]`: the fault-injection simulation over
// many seeds on both engines (PGlite, and the PostgreSQL of tests/server/harness.ts), one vitest
// run per engine side by side. Prints each seed's outcome as it finishes, then each engine's pass
// count and every failing seed (also when stopped early with Ctrl+C). A failing seed replays
// alone: `SIM_SEED=<n> npx vitest run -c tests/server/vitest.config.ts
// tests/server/simulation.test.ts`. Exits non-zero when a seed failed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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
const results = join(dir, 'results.jsonl');
const env = {
  ...process.env,
  SIM_SEEDS: values.seeds,
  SIM_FIRST_SEED: values.first,
  SIM_EVENTS: values.events,
  SIM_RESULTS: results,
};
const last = Number(values.first) + Number(values.seeds) - 1;
console.log(
  `simulation: seeds ${values.first}…${last}, ${values.events} events each, on ${ENGINES.join(' and ')}`,
);
const started = Date.now();

function read() {
  if (!existsSync(results)) return [];
  return readFileSync(results, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

let printed = 0;
function printNew() {
  const all = read();
  for (const r of all.slice(printed)) {
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    console.log(`[${r.engine}] seed ${r.seed} ${r.passed ? 'passed' : 'FAILED'} (${minutes} min)`);
  }
  printed = all.length;
}

const children = [];
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
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(child);
    child.on('exit', resolve);
  });
}

async function summarise() {
  printNew();
  let failed = 0;
  const all = read();
  for (const engine of ENGINES) {
    const ran = all.filter((r) => r.engine === engine);
    const bad = ran.filter((r) => !r.passed);
    failed += bad.length;
    console.log(`[${engine}] ${ran.length - bad.length} of ${ran.length} seeds passed`);
    for (const r of bad) console.log(`[${engine}] FAILED seed ${r.seed}: ${r.failure ?? ''}`);
  }
  const expected = ENGINES.length * Number(values.seeds);
  if (all.length < expected) console.log(`(${expected - all.length} runs did not finish)`);
  console.log(`simulation: ${Math.round((Date.now() - started) / 1000)} s`);
  await rm(dir, { recursive: true, force: true });
  return failed === 0 && all.length === expected ? 0 : 1;
}

process.on('SIGINT', async () => {
  for (const child of children) child.kill();
  process.exit(await summarise());
});
const ticker = setInterval(printNew, 5_000);
await Promise.all(ENGINES.map(runEngine));
clearInterval(ticker);
process.exit(await summarise());
