// The console's page: the files `npm run build:console` writes to dist/console, served under
// /console with a strict CSP. Any other path under /console is a screen of the page (the page
// routes itself), so it gets index.html.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { CONSOLE_PAGE } from '../../shared/console';
import { CONSOLE_CONTENT_SECURITY_POLICY } from '../../shared/csp';

export interface ConsolePageOptions {
  /** The built page (dist/console). */
  dir: string;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

const SECURITY_HEADERS = {
  'content-security-policy': CONSOLE_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export const consolePage: FastifyPluginAsync<ConsolePageOptions> = async (app, options) => {
  const root = path.resolve(options.dir);

  async function sendIndex(reply: FastifyReply) {
    const html = await readFile(path.join(root, 'index.html')).catch(() => null);
    if (html === null) {
      return reply
        .code(503)
        .headers(SECURITY_HEADERS)
        .type('text/plain; charset=utf-8')
        .send(
          `The console page is not built: run \`npm run build:console\` (expected in ${root}).`,
        );
    }
    return reply
      .headers({ ...SECURITY_HEADERS, 'cache-control': 'no-store' })
      .type(MIME['.html']!)
      .send(html);
  }

  app.get(CONSOLE_PAGE, { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get(`${CONSOLE_PAGE}/*`, { schema: { hide: true } }, async (request, reply) => {
    const rest = (request.params as { '*': string })['*'];
    const file = path.resolve(root, rest);
    const mime = MIME[path.extname(file)];
    // A file of the build (the names carry a content hash: cached for good), or a screen's path.
    if (mime && file.startsWith(root + path.sep)) {
      const bytes = await readFile(file).catch(() => null);
      if (bytes !== null) {
        return reply
          .headers({ ...SECURITY_HEADERS, 'cache-control': 'public, max-age=31536000, immutable' })
          .type(mime)
          .send(bytes);
      }
      return reply
        .code(404)
        .headers(SECURITY_HEADERS)
        .send({ error: 'not-found', message: `No file ${rest}` });
    }
    return sendIndex(reply);
  });
};
