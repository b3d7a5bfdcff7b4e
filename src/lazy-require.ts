/**
 * A CommonJS dependency loaded the first time it is used, not when the build starts (issue #14): highlight.js and
 * sanitize-html cost 125 and 66 ms to load, and most builds need neither (no code block with a language, bodies
 * not sanitised). `require` runs outside the ES module hooks tsx registers, so a late load costs no more than an
 * early one.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `() => module`, loading it once on the first call. */
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
