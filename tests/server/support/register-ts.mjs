// `node --import ./tests/server/support/register-ts.mjs …`: TypeScript sources in this process and
// in every worker thread it starts (workers inherit the flag). See ts-hooks.mjs.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
