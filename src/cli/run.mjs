// `node src/cli/run.mjs <script.ts> [arguments]`: runs a Broadsheet command written in TypeScript, quickly.
//
// The one JavaScript file among the sources, on purpose. On Node 20 a module loader such as tsx runs its hooks on
// a separate thread, and every module imported while it is registered costs a round trip there, dependencies
// included: Eleventy's few hundred files alone took about a second more through it (measured: a one-post build,
// 2.9 s with `node --import tsx`, 2.1 s with this file). So the plain-JavaScript dependencies the build needs are
// imported first, without hooks, then tsx is registered and the TypeScript script runs, finding them in the cache.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Packages `npm run build` always loads. A missing one here only makes the build slower, never wrong. */
const dependencies = [
  '@11ty/eleventy',
  'markdown-it',
  'yaml',
  'sharp',
  'htmlparser2',
  'preact',
  'preact/jsx-runtime',
  'preact-render-to-string',
  'feed',
  'date-fns/format',
  '@date-fns/tz',
  'pagefind',
];

const [script] = process.argv.splice(2, 1);
if (script === undefined || !script.endsWith('.ts')) {
  console.error('usage: node src/cli/run.mjs <script.ts> [arguments]');
  process.exit(2);
}
// The script reads its own arguments from process.argv.slice(2), as when run directly.
process.argv[1] = path.resolve(script);

await Promise.all(dependencies.map((name) => import(name)));
const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(path.resolve(script)).href);
