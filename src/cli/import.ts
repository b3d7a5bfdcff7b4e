/**
 * `npm run import -- <jekyll-site> --into <new-site> [--force] [--verbose]`: copies a Jekyll site into a new
 * Broadsheet site folder, its `_config.yml` mapped to `broadsheet.json`, and prints what was copied, mapped and left
 * out, and how to build it (issue #12). Exit code 1 when refused or failed (nothing is written then), 2 on bad usage.
 * The work is in src/jekyll/import/; this file reads the arguments and prints.
 */
import path from 'node:path';
import { importJekyllSite } from '../jekyll/import/import-site.ts';
import { parseArgs } from './args.ts';
import { describeFailure } from './failure.ts';

const knownFlags = ['into', 'force', 'verbose'];
const usage = 'Usage: npm run import -- <path-to-a-jekyll-site> --into <new-site-folder> [--force]';

async function runImport(argv: readonly string[], cwd: string): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['into']);
  const unknown = [...flags.keys()].filter((flag) => !knownFlags.includes(flag));
  if (unknown.length > 0) {
    console.error(`import: unknown option ${unknown.map((f) => `--${f}`).join(', ')}. Known: ${knownFlags.map((f) => `--${f}`).join(', ')}.\n${usage}`);
    return 2;
  }
  const into = flags.get('into');
  if (positional.length !== 1 || typeof into !== 'string' || into === '') {
    const found = positional.length === 0 ? 'no Jekyll site was named'
      : positional.length > 1 ? `${positional.length} folders were named (${positional.join(', ')}), one is expected`
      : into === undefined ? 'no --into folder was given for the new site' : '--into names no folder';
    console.error(`import: ${found}.\n${usage}`);
    return 2;
  }
  const source = path.resolve(cwd, positional[0] ?? '');
  const target = path.resolve(cwd, into);
  try {
    console.log(await importJekyllSite({ source, target, force: flags.has('force') }));
    return 0;
  } catch (error) {
    console.error(describeFailure(error, flags.has('verbose'), target));
    console.error(`Import failed; ${target} was left as it was.`);
    return 1;
  }
}

process.exitCode = await runImport(process.argv.slice(2), process.cwd());
