// `node src/cli/run.mjs <script.ts> [arguments]`: runs a Broadsheet command written in TypeScript, quickly.
//
// JavaScript on purpose, like the module hooks it registers. On Node 20 a module loader such as tsx runs its hooks
// on a separate thread, and every module imported while it is registered costs a round trip there, dependencies
// included: Eleventy's few hundred files alone took about a second more through it (measured: a one-post build,
// 2.9 s with `node --import tsx`, 2.1 s with this file). So the plain-JavaScript dependencies the build needs are
// imported first, without hooks, then tsx is registered and the TypeScript script runs, finding them in the cache.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { register as registerHooks } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { registerOverrideHooks } from '../overrides/register.mjs';
import { buildBundle } from './bundle.mjs';

/**
 * Packages `npm run build` always loads. A missing one here only makes the build slower, never wrong; one listed
 * that a build does not need costs its load time for nothing (issue #14: a one-post build under 0.8 s). Eleventy,
 * hundreds of files, is added only for a site with a `pages/` folder (below); liquidjs, highlight.js and
 * sanitize-html are loaded when first used (single files, or CommonJS, which the hooks do not see).
 */
const dependencies = [
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

function exists(file) {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function isFolder(file) {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Compared as real paths: the working folder may be reached through a link. */
function isBuildScript(file) {
  try {
    return realpathSync(path.resolve(file)) === realpathSync(fileURLToPath(new URL('./build.ts', import.meta.url)));
  } catch {
    return false;
  }
}

const [script] = process.argv.splice(2, 1);
if (script === undefined || !script.endsWith('.ts')) {
  console.error('usage: node src/cli/run.mjs <script.ts> [arguments]');
  process.exit(2);
}
// The script reads its own arguments from process.argv.slice(2), as when run directly.
process.argv[1] = path.resolve(script);

const generator = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const root = path.resolve(process.env.BROADSHEET_ROOT || '.');
const building = isBuildScript(script);
const ownPages = building && isFolder(path.join(root, 'pages'));
await Promise.all([...dependencies, ...(ownPages ? ['@11ty/eleventy'] : [])].map((name) => import(name)));
// A site that runs none of its own code (no pages/, no theme/layouts/) is built from the bundle (./bundle.mjs says
// why), with no module hooks at all; the others through tsx, which their own TypeScript and JSX need anyway.
// BROADSHEET_NO_BUNDLE=1 runs the TypeScript in every case (to debug the bundle; the tests compare the two).
const bundled = building && !ownPages && !exists(path.join(root, 'theme', 'layouts')) && !/^(1|true|yes)$/i.test(process.env.BROADSHEET_NO_BUNDLE ?? '');
const bundle = bundled ? await buildBundle(generator, path.resolve(script)) : undefined;
if (bundle === undefined) await runThroughTsx();
else {
  if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true);
  process.env.BROADSHEET_BUNDLE_DIR = bundle;
  await import(pathToFileURL(path.join(bundle, 'build.mjs')).href);
}

async function runThroughTsx() {
  // Before tsx, so that tsx reads the site's files through it (./site-modules.mjs says why).
  registerHooks(new URL('./site-modules.mjs', import.meta.url).href, { data: { root, generator } });
  // The site's replacements for layouts and components (src/overrides/), when it has any and the command renders
  // pages: also before tsx. `npm run serve` renders nothing itself (each rebuild is a build of its own), so a broken
  // override fails that rebuild, and serve goes on serving the last good site while the author fixes it.
  const overrides = isBuildScript(script) ? registerOverrideHooks(root, generator) : undefined;
  const { register } = await import('tsx/esm/api');
  // The generator's tsconfig (Preact's JSX) whatever the working folder: tsx would look for one in process.cwd().
  register({ tsconfig: path.join(generator, 'tsconfig.json') });
  if (overrides !== undefined) {
    try {
      const { startLayoutOverrides } = await import('../overrides/start.ts');
      await startLayoutOverrides(overrides);
    } catch (error) {
      const { describeFailure } = await import('./failure.ts');
      console.error(describeFailure(error, process.argv.includes('--verbose')));
      process.exit(1);
    }
  }
  await import(pathToFileURL(path.resolve(script)).href);
}
