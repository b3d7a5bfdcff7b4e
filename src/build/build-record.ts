/**
 * What the last successful build of an output folder was made from (issue #14): a digest of its inputs, until when
 * its output holds (the clock it depends on), and a digest of the folder as it left it. A build whose inputs, clock
 * and folder all match has nothing to do, and says so instead of building (`--full` builds anyway).
 *
 * The inputs are every file under the site's folder (path, size, modification time, as `make` and the bundle key in
 * src/cli/bundle.mjs judge them), the generator's own code and assets (by content), the settings as checked and the
 * build's flags.
 * Outside that, a site's output can only depend on the clock, which the build reports (src/build/valid-until.ts).
 * The record lives in `<root>/.cache/build/`, which `npm run clean` removes.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions } from './options.ts';

export interface BuildRecord {
  readonly version: typeof recordVersion;
  /** The folder the build published into. */
  readonly output: string;
  readonly inputs: string;
  /** When the output stops being what a build would make (a scheduled story comes out); null: never. */
  readonly validUntil: string | null;
  /** `treeDigest` of the output folder as the build left it. */
  readonly tree: string;
}

const recordVersion = 1;

/** Never part of a site's inputs: dependencies, version control, caches. */
const skippedNames = new Set(['node_modules', '.git', '.cache']);

/** The generator's own files that shape its output. */
const generatorInputs = ['src', 'layouts', 'assets/css', 'assets/js', 'package.json', 'package-lock.json', 'tsconfig.json'];

export function recordFileFor(root: string, output: string): string {
  return path.join(root, '.cache', 'build', `${createHash('sha256').update(path.resolve(output)).digest('hex').slice(0, 16)}.json`);
}

/** Beside the record: the fingerprint, size and time of every page published (src/build/page-cache.ts). */
export function pagesFileFor(recordFile: string): string {
  return recordFile.replace(/\.json$/, '.pages.json');
}

/** Beside the record: a folder of the posts the output's last build read, normalized (src/build/post-cache.ts). */
export function postsFolderFor(recordFile: string): string {
  return recordFile.replace(/\.json$/, '.posts');
}

/** Beside the record: a folder of the story bodies the output's last build rendered (src/build/body-cache.ts). */
export function bodiesFolderFor(recordFile: string): string {
  return recordFile.replace(/\.json$/, '.bodies');
}

export function readRecord(file: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildRecord>;
    return record.version === recordVersion && typeof record.inputs === 'string' && typeof record.tree === 'string' ? (record as BuildRecord) : undefined;
  } catch {
    return undefined;
  }
}

export function writeRecord(file: string, record: Omit<BuildRecord, 'version'>): void {
  writeRecordFile(file, `${JSON.stringify({ version: recordVersion, ...record }, null, 2)}\n`);
}

/** Writes one of the build's records whole or not at all. */
export function writeRecordFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

export function forgetRecord(file: string): void {
  rmSync(file, { force: true });
}

/** Whether `record` says the output is still what a build would make at `now`. */
/** `tree` is asked for only when the inputs and the clock agree: listing a big output takes a while. */
export function stillValid(record: BuildRecord, inputs: string, tree: () => string, now: Date): boolean {
  return record.inputs === inputs && (record.validUntil === null || now.getTime() < Date.parse(record.validUntil)) && record.tree === tree();
}

/**
 * The digest of everything a build of `options` reads. `outputs` are folders (and files) under the root the build
 * itself writes, left out: the output, its staging folder, its lock.
 */
export interface InputDigests {
  /** Everything the build reads. */
  readonly inputs: string;
  /** Everything but the post files: what every page's layout may read (src/build/page-cache.ts). */
  readonly layouts: string;
  /** The generator's code and the settings: what a story's body is rendered with (src/build/body-cache.ts). */
  readonly renderer: string;
}

/** Post files: posts/ of a Broadsheet site, a Jekyll site's `_posts/` and `_drafts/` folders. */
const isPostFile = (entry: string): boolean => entry.startsWith('site:posts/') || /(^|\/)_(posts|drafts)\//.test(entry.slice('site:'.length));

export function inputDigest(options: BuildOptions, outputs: readonly string[], env: Readonly<Record<string, string | undefined>>): InputDigests {
  const layoutsHash = createHash('sha256');
  const postsHash = createHash('sha256');
  const rendererHash = createHash('sha256');
  const left = new Set([...outputs, options.imageCache].map((file) => path.resolve(file)));
  const add = (label: string, value: string, post = false): void => void (post ? postsHash : layoutsHash).update(`${label}\0${value}\n`);
  const walk = (dir: string, relative: string, sink: (label: string, value: string, post?: boolean) => void = add, byContent = false): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      if (skippedNames.has(name) || left.has(full) || /\.(staging|lock)$|\.old-\d+$/.test(name)) continue;
      const entry = `${relative}${name}`;
      let stat;
      try {
        stat = lstatSync(full);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(full, `${entry}/`, sink, byContent);
      else if (stat.isSymbolicLink()) sink('l', `${entry}\0${readlinkSync(full)}`, isPostFile(entry));
      else sink('f', `${entry}\0${byContent ? contentOf(full) : `${stat.size}\0${stat.mtimeMs}`}`, isPostFile(entry));
    }
  };
  walk(path.resolve(options.root), 'site:');
  // Only the generator's files, and the options below, shape a body's rendering. They are digested by content, not
  // by modification time: a fresh clone (a CI run that restores `.cache/build/`) then finds its kept posts and bodies.
  const renderer = (label: string, value: string): void => {
    add(label, value);
    rendererHash.update(`${label}\0${value}\n`);
  };
  for (const input of generatorInputs) {
    const full = path.join(options.generatorDir, input);
    if (lstatSafe(full)?.isDirectory()) walk(full, `generator:${input}/`, renderer, true);
    else renderer('g', `${input}\0${lstatSafe(full) === undefined ? 'missing' : contentOf(full)}`);
  }
  for (const file of [options.eleventyConfig, env['BROADSHEET_SITE'] ?? '']) if (file !== '') add('x', `${path.resolve(file)}\0${describeFile(path.resolve(file))}`);
  const { output: _output, warnings: _warnings, threads: _threads, ...asked } = options;
  renderer('options', JSON.stringify(asked, (_key, value: unknown) => (typeof value === 'function' || value instanceof RegExp ? String(value) : value)));
  renderer('env', JSON.stringify(['NETLIFY'].map((name) => env[name] ?? null)));
  const layouts = layoutsHash.digest('hex');
  return { inputs: createHash('sha256').update(layouts).update(postsHash.digest('hex')).digest('hex'), layouts, renderer: rendererHash.digest('hex') };
}

function lstatSafe(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function contentOf(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('base64url');
  } catch {
    return 'unreadable';
  }
}

function describeFile(file: string): string {
  const stat = lstatSafe(file);
  return stat === undefined ? 'missing' : `${stat.size}\0${stat.mtimeMs}`;
}
