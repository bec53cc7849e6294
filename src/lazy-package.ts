/**
 * A package required the first time it is used. A run that never meets a written date, an HTML
 * page, a legacy encoding or front matter never loads chrono-node, htmlparser2, iconv-lite or
 * yaml (together most of `parallax analyze story.txt`'s start-up). `require` loads a package's
 * CommonJS build synchronously, so the stages that use it stay synchronous.
 * Example: `const yaml = lazyPackage<typeof import('yaml')>('yaml'); yaml().parse(text)`.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A getter of package `name`, required on its first call and kept. */
export function lazyPackage<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(name) as T);
}
