// The console's first admin and its secrets: the one-time set-up code (printed by the server at
// its first start, and by the CLI), the page served with its CSP, and no password, code or
// session secret in the logs or in any answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../../server/app';
import { LOG_REDACT, runCli } from '../../server/cli';
import { openDatabase } from '../../server/db';
import { CONSOLE_API, CSRF_HEADER } from '../../shared/console';
import { CONSOLE_CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { forEachBackend } from './harness';
import { ADMIN, RECEPTION, as, signIn } from './support/console';
import { startServerProcess } from './support/server-process';

const folders: string[] = [];
const folder = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `accueil-${name}-`));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

const CODE = /set-up code: ([A-Z0-9]{5}-[A-Z0-9]{5})/;

forEachBackend('console: the first admin', (ctx) => {
  it('is created once, only with the set-up code the server gave', async () => {
    let code = '';
    const app = await ctx.makeApp({ console: { onSetupCode: (c) => (code = c) } });
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    const state = () => app.inject({ method: 'GET', url: `${CONSOLE_API}/auth/state` });
    expect((await state()).json()).toEqual({ setup: true });
    const setup = (payload: object) =>
      app.inject({ method: 'POST', url: `${CONSOLE_API}/auth/setup`, payload });
    const wrong = await setup({ ...ADMIN, code: 'ABCDE-FGHJK' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toBe('wrong-setup-code');
    const weak = await setup({ ...ADMIN, code, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ error: 'weak-password', problem: 'too-short' });
    // Typed as people copy it: lower case, without the dash.
    const made = await setup({ ...ADMIN, code: code.replace('-', '').toLowerCase() });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().account).toMatchObject({ name: ADMIN.name, role: 'admin' });
    expect((await setup({ ...ADMIN, name: 'Other', code })).json().error).toBe('setup-done');
    expect((await state()).json()).toEqual({ setup: false });
    // A restart with an admin prints no code.
    let again = '';
    await ctx.makeApp({ console: { onSetupCode: (c) => (again = c) } });
    expect(again).toBe('');
    // Stored: a salted scrypt hash with its parameters; the code is gone.
    const stored = await ctx.db.query<{ password_hash: string }>(
      'SELECT password_hash FROM console_accounts',
    );
    // (at the harness's lightest cost: console-passwords holds the shipped server to the default)
    expect(stored.rows[0]!.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    const meta = await ctx.db.query(`SELECT 1 FROM meta WHERE key = 'console.setup-code'`);
    expect(meta.rows).toEqual([]);
  });

  it('never logs or answers a password, a set-up code or a session secret', async () => {
    let log = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        log += String(chunk);
        done();
      },
    });
    let code = '';
    const app = await ctx.makeApp({
      logger: { level: 'trace', stream, redact: LOG_REDACT },
      console: { onSetupCode: (c) => (code = c) },
    });
    const answers: string[] = [];
    const send = async (request: {
      method: 'GET' | 'POST';
      url: string;
      headers?: Record<string, string>;
      payload?: object;
    }) => {
      const answer = await app.inject(request);
      answers.push(JSON.stringify(answer.headers) + answer.body);
      return answer;
    };
    const setup = await send({
      method: 'POST',
      url: `${CONSOLE_API}/auth/setup`,
      payload: { ...ADMIN, code },
    });
    const secret = String(setup.headers['set-cookie']).split(';')[0]!.split('=')[1]!;
    const admin = await signIn(app, ADMIN);
    await send({
      method: 'POST',
      url: `${CONSOLE_API}/auth/sign-in`,
      payload: { name: ADMIN.name, password: 'a wrong passphrase' },
    });
    await send({
      method: 'POST',
      url: `${CONSOLE_API}/auth/sign-in`,
      payload: { name: ADMIN.name, password: 'x'.repeat(300) }, // refused by validation
    });
    await send({
      method: 'POST',
      url: `${CONSOLE_API}/accounts`,
      headers: as(admin),
      payload: { ...RECEPTION, role: 'reception' },
    });
    const list = await send({ method: 'GET', url: `${CONSOLE_API}/accounts`, headers: as(admin) });
    expect(list.statusCode).toBe(200);
    await send({
      method: 'POST',
      url: `${CONSOLE_API}/session/password`,
      headers: as(admin),
      payload: { current: ADMIN.password, password: 'the next admin phrase' },
    });
    expect(log).toContain('"url":"/v1/console/auth/sign-in"'); // the log did record requests
    for (const hidden of [
      ADMIN.password,
      RECEPTION.password,
      'the next admin phrase',
      'a wrong passphrase',
      'x'.repeat(300),
      code,
      code.replace('-', ''),
      secret,
      admin.csrf,
    ]) {
      expect(log, hidden).not.toContain(hidden);
    }
    // Nor a password's hash.
    expect(log).not.toContain('scrypt$');
    expect(answers.join('\n')).not.toContain('scrypt$');
    for (const hidden of [ADMIN.password, RECEPTION.password, 'the next admin phrase', code]) {
      expect(answers.join('\n'), hidden).not.toContain(hidden);
    }
    expect(log).not.toContain(CSRF_HEADER.toLowerCase() + '":"' + admin.csrf);
  });
});

describe('console: the page', () => {
  it('is served under /console with its CSP, any screen path getting the page', async () => {
    const pageDir = folder('console-page');
    fs.mkdirSync(path.join(pageDir, 'assets'));
    fs.writeFileSync(path.join(pageDir, 'index.html'), '<!doctype html><title>console</title>');
    fs.writeFileSync(path.join(pageDir, 'assets', 'index-abc.js'), 'console.log(1)');
    const app = await createServer({ db: await openDatabase('memory'), console: { pageDir } });
    const get = (url: string) => app.inject({ method: 'GET', url });
    for (const url of ['/console', '/console/', '/console/accounts']) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain('<title>console</title>');
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toBe(CONSOLE_CONTENT_SECURITY_POLICY);
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['cache-control']).toBe('no-store');
    }
    const script = await get('/console/assets/index-abc.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(CONSOLE_CONTENT_SECURITY_POLICY);
    expect((await get('/console/assets/missing.js')).statusCode).toBe(404);
    // Nothing outside the build, however the path is spelt.
    for (const url of [
      '/console/../package.json',
      '/console/%2e%2e/package.json',
      '/console/..%2fapp.js',
    ]) {
      const answer = await get(url);
      expect(answer.body, url).not.toContain('"name": "accueil"');
    }
    await app.close();
  });

  it('says how to build it when it is missing', async () => {
    const app = await createServer({
      db: await openDatabase('memory'),
      console: { pageDir: folder('no-console') },
    });
    const answer = await app.inject({ method: 'GET', url: '/console' });
    expect(answer.statusCode).toBe(503);
    expect(answer.body).toContain('npm run build:console');
    await app.close();
  });
});

describe('console: the set-up code at the server’s first start', () => {
  it('is printed by the server and by the CLI, and works once', async () => {
    const dataDir = folder('console-setup');
    const server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      await expect.poll(() => CODE.exec(server.output())?.[1], { timeout: 30_000 }).toBeTruthy();
      const code = CODE.exec(server.output())![1]!;
      expect(server.output()).toContain(`${server.url}/console`);
      const made = await fetch(`${server.url}${CONSOLE_API}/auth/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...ADMIN, code }),
      });
      expect(made.status).toBe(201);
      expect(server.output()).not.toContain(ADMIN.password);
    } finally {
      await server.kill('SIGTERM');
    }
    const lines: string[] = [];
    expect(await runCli(['setup-code'], { DATA_DIR: dataDir }, (l) => lines.push(l))).toBe(1);
    expect(lines.join('\n')).toMatch(/has an admin account already/);
  });

  it('is printed anew by `setup-code` while no admin exists', async () => {
    const dataDir = folder('console-cli');
    const lines: string[] = [];
    expect(await runCli(['setup-code'], { DATA_DIR: dataDir }, (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(CODE);
  });
});
