// Node module hooks that run the TypeScript sources as they are: what vitest does for test files,
// for the code vitest does not load itself (the server's worker threads, a server started in a
// child process). Type-only syntax is stripped by rolldown's transform (Vite's own bundler);
// extensionless relative imports, as the sources write them, resolve to their .ts file.
import { readFile } from 'node:fs/promises';
import { transformSync } from 'rolldown/experimental';

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (!context.parentURL?.endsWith('.ts') || !/^\.\.?\//.test(specifier)) throw error;
    return next(`${specifier}.ts`, context);
  }
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const source = await readFile(new URL(url), 'utf8');
  const { code, errors } = transformSync(url, source);
  if (errors.length > 0) throw new Error(`${url}: ${errors.map((e) => e.message).join('; ')}`);
  return { format: 'module', source: code, shortCircuit: true };
}
