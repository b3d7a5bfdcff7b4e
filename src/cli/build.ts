/**
 * `npm run build [-- --drafts] [-- --future] [-- --check]`: builds the site into a staging folder with Eleventy and
 * swaps it into `_site/` only on success. `--check` also checks every internal link of the result first. Exit code 1
 * and the previous `_site/` untouched on any problem.
 */
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { buildOptionsFromEnv } from '../build/options.ts';
import { discard, stagingDirFor, swapIntoPlace } from '../build/swap.ts';
import { findBrokenLinks } from '../check/links.ts';
import { plural } from '../errors.ts';
import { parseArgs } from './args.ts';

const knownFlags = ['check', 'config', 'drafts', 'future', 'output'];

export async function build(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { flags } = parseArgs(argv, ['config', 'output']);
  const unknown = [...flags.keys()].filter((flag) => !knownFlags.includes(flag));
  if (unknown.length > 0) {
    console.error(`build: unknown option ${unknown.map((f) => `--${f}`).join(', ')}. Known: ${knownFlags.map((f) => `--${f}`).join(', ')}.`);
    return 2;
  }
  if (flags.has('drafts')) env['BROADSHEET_DRAFTS'] = '1';
  if (flags.has('future')) env['BROADSHEET_FUTURE'] = '1';
  const configPath = String(flags.get('config') ?? '.eleventy.ts');
  const root = path.resolve(env['BROADSHEET_ROOT'] ?? '.');
  const output = path.resolve(String(flags.get('output') ?? path.join(root, '_site')));
  const staging = stagingDirFor(output);

  await discard(staging);
  env['BROADSHEET_OUTPUT'] = staging;
  const eleventy = new Eleventy(undefined, undefined, { configPath, quietMode: true, source: 'script', runMode: 'build' });
  try {
    await eleventy.write();
  } catch {
    // Eleventy has printed the problems (our errors carry the whole report).
    await discard(staging);
    console.error(`Build failed; ${output} was left as it was.`);
    return 1;
  }
  if (flags.has('check')) {
    const { site } = buildOptionsFromEnv(env, process.cwd());
    const broken = await findBrokenLinks(staging, site.pathPrefix);
    if (broken.length > 0) {
      for (const link of broken) console.error(`  - ${link.page}: ${link.link} (${link.reason})`);
      console.error(`Link check: ${plural(broken.length, 'broken internal link')}. Build failed; ${output} was left as it was.`);
      await discard(staging);
      return 1;
    }
    console.log('[broadsheet] link check: every internal href, src and srcset resolves.');
  }
  await swapIntoPlace(staging, output);
  return 0;
}

// Exits explicitly: a build stopped halfway may leave a helper process running (Pagefind's indexer, which the
// next build or this exit ends), and a command-line build must not wait on it. (Output is written synchronously
// to pipes and files on Linux, so nothing is lost.)
process.exit(await build(process.argv.slice(2), process.env));
