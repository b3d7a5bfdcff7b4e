/**
 * What one build is asked to do, read from the environment at the edge (the build and serve commands, the tests) and
 * handed to the pipeline (src/build/pipeline.ts) as one object.
 *
 * - BROADSHEET_ROOT: the site folder holding posts/ and assets/ (default: the working directory)
 * - BROADSHEET_OUTPUT: where the build writes (default: <root>/_site; the build script writes into a staging folder
 *   beside it and swaps it in, `npm run serve` into `serveOutputDir`)
 * - BROADSHEET_SITE: a JSON file of settings used instead of src/site.ts, over Broadsheet's defaults (tests, other sites);
 *   unset, the root's own `broadsheet.json` is read in its place when there is one (issue #12)
 * - BROADSHEET_DRAFTS=1, BROADSHEET_FUTURE=1: build drafts / future-dated posts (`--drafts`, `--future`)
 * - BROADSHEET_STRICT=1: every warning fails the build (`--strict`)
 * - BROADSHEET_IMAGE_CACHE: the image cache folder (default: <root>/.cache/images), so CI can keep it between runs
 * - BROADSHEET_THREADS: worker threads rendering story bodies (default: none for a small site, else one per core but one)
 * - BUILD_TIME: the build's clock, a whole ISO 8601 instant (2025-10-09T12:00:00Z), for reproducible builds
 * - SITE_URL, PATH_PREFIX, SITE_TIME_ZONE: deploy overrides, see src/site.ts
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, plural, type Problem } from '../errors.ts';
import { locateSync, realRoot } from '../files/site-root.ts';
import { jekyllConfigFile, settingsFromJekyllConfig } from '../jekyll/config.ts';
import { readBuildTime, readThreads } from '../settings/environment.ts';
import type { BodyCache } from './body-cache.ts';
import type { TreeFile } from './output-tree.ts';
import type { PageRecord } from './page-cache.ts';
import type { PostCache } from './post-cache.ts';
import { parseSettingsFile } from '../settings/settings-file.ts';
import { checkSite, defaultSettings, type Site, siteSettings } from '../site.ts';

export interface BuildOptions {
  readonly root: string;
  readonly output: string;
  readonly imageCache: string;
  /** The generator's own folder: layouts and the default CSS and JS come from here. */
  readonly generatorDir: string;
  /** Eleventy's configuration for the owner's pages (`.eleventy.ts` in the generator's folder; `--config`). */
  readonly eleventyConfig: string;
  readonly site: Site;
  /** What is odd but not wrong in the settings (unknown keys, with a did-you-mean), for the build to print. */
  readonly warnings: readonly Problem[];
  readonly drafts: boolean;
  readonly future: boolean;
  /** `--strict` (BROADSHEET_STRICT=1): every warning fails the build, for CIs that want that (issue #11). */
  readonly strict: boolean;
  /** The root is a Jekyll site (`_config.yml` or `_posts/`): its static files are published too (issue #11). */
  readonly jekyll: boolean;
  /** A Jekyll site's `_config.yml` as written, for Liquid's `site.*` (its own keys); empty for a Broadsheet site. */
  readonly jekyllConfig: Readonly<Record<string, unknown>>;
  /** The build's clock from BUILD_TIME; unset means "now" at each (re)build. */
  readonly buildTime?: Date;
  /**
   * An incremental build (src/cli/build.ts): pages are fingerprinted (src/build/page-cache.ts); those the published
   * folder holds under the same fingerprint are not rendered again, and those it holds byte for byte are not
   * written into the staging folder again (src/pages/write-pages.ts).
   */
  readonly incremental?: {
    /** The folder the output will be published into, when it holds a site already. */
    readonly published: string | undefined;
    /** Its files as listed when the build started (src/build/output-tree.ts). */
    readonly publishedFiles?: ReadonlyMap<string, TreeFile>;
    /** What the last build recorded of the pages it published. */
    readonly pages: ReadonlyMap<string, PageRecord>;
    /**
     * BROADSHEET_VERIFY_INCREMENTAL=1 (the tests): lay out the pages found unchanged too, and fail on any whose bytes
     * differ from the published copy: a page input the fingerprints missed.
     */
    readonly verify?: boolean;
    /** Story bodies kept from earlier builds (src/build/body-cache.ts). */
    readonly bodies?: BodyCache;
    /** Normalized posts kept from earlier builds (src/build/post-cache.ts). */
    readonly posts?: PostCache;
  };
  /** BROADSHEET_THREADS: worker threads for story bodies; unset, the site's size decides (src/build/story-bodies.ts). */
  readonly threads?: number;
}

export interface EnvChecks {
  /**
   * Whether the root must hold a posts/ folder (default true): a build from the wrong folder would make an empty
   * site, and deploying it would replace the live one. `npm run new` creates the folder, so it does not need one.
   */
  readonly requirePosts?: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

export const generatorDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const truthy = (value: string | undefined): boolean => value !== undefined && /^(1|true|yes)$/i.test(value);

function kindOf(file: string): 'folder' | 'file' | 'missing' {
  try {
    return statSync(file).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** The site folder (BROADSHEET_ROOT, or the working folder) and its posts/ folder. */
export function checkRoot(root: string, given: string | undefined, checks: EnvChecks, jekyll = isJekyllSite(root)): Problem[] {
  const named = given === undefined ? `is not set, so the site folder is the working folder ${root}` : `names ${root}`;
  const problem = (message: string, fix: string): Problem[] => [{ file: 'environment', field: 'BROADSHEET_ROOT', message, fix }];
  const kind = kindOf(root);
  if (kind !== 'folder') {
    return problem(`${named}, which ${kind === 'file' ? 'is a file, not a folder' : 'does not exist'}.`, 'Point BROADSHEET_ROOT at the site folder (the one holding posts/ and assets/), or run the command from it.');
  }
  const posts = path.join(root, 'posts');
  const postsKind = kindOf(posts);
  if (checks.requirePosts !== false && postsKind !== 'folder' && !jekyll) {
    return problem(
      `${named}, which has no posts/ folder (${posts} ${postsKind === 'file' ? 'is a file' : 'does not exist'}); an empty site built from it would replace the live one on deploy.`,
      `Point BROADSHEET_ROOT at the site folder (a Broadsheet site with posts/, or a Jekyll site with _config.yml and _posts/), or create ${posts}/ for the stories.`,
    );
  }
  return [];
}

/** A Jekyll site's folder: it has a `_config.yml` or a `_posts/` folder (issue #11). */
export function isJekyllSite(root: string): boolean {
  return kindOf(path.join(root, jekyllConfigFile)) === 'file' || kindOf(path.join(root, '_posts')) === 'folder';
}

/**
 * Where `npm run serve` builds, drafts included: a folder of its own, never `_site/`, so no draft reaches what CI
 * publishes (issue #13). Under `.cache/`, which is ignored by git and removed by `npm run clean`.
 */
export function serveOutputDir(root: string): string {
  return path.join(root, '.cache', 'serve');
}

/** Settings read from a file, the file they are named by, and what stopped them being read. */
type Overrides = { overrides: Record<string, unknown>; source: string; problems: Problem[]; jekyllConfig?: Readonly<Record<string, unknown>> };

/**
 * A Jekyll site's `_config.yml`, as settings over Broadsheet's defaults, and as written (Liquid's `site.*`). Read
 * once per build, inside the site only: a `_config.yml` linked from outside is refused like any other file.
 */
function readJekyllConfig(root: string): Overrides {
  const location = locateSync(realRoot(root), jekyllConfigFile);
  if (location.kind === 'outside') {
    return { overrides: {}, source: jekyllConfigFile, problems: [{ file: jekyllConfigFile, message: `leads through a symbolic link to ${location.target}, outside the site folder; Broadsheet reads nothing outside the site.`, fix: 'Copy the file into the site instead of linking it.' }] };
  }
  // A `_posts/` folder without `_config.yml` is a Jekyll site with Jekyll's defaults.
  const read = settingsFromJekyllConfig(location.kind === 'inside' && kindOf(location.path) === 'file' ? readFileSync(location.path, 'utf8') : '', jekyllConfigFile);
  return read.ok ? { overrides: read.overrides, source: jekyllConfigFile, problems: [], jekyllConfig: read.config } : { overrides: {}, source: jekyllConfigFile, problems: [read.problem] };
}

/** A site's own settings file at its root, read when BROADSHEET_SITE is unset (issue #12); `npm run import` writes one. */
export const siteSettingsFile = 'broadsheet.json';

/**
 * The settings file's settings (BROADSHEET_SITE, else the root's `broadsheet.json`), or what stops them being read;
 * a Jekyll site's `_config.yml` beneath them. Without either file: `_config.yml` alone, or src/site.ts.
 */
function readOverrides(given: string | undefined, cwd: string, root: string, isJekyll: boolean): Overrides {
  const jekyll = isJekyll ? readJekyllConfig(root) : undefined;
  const file = given === undefined || given === '' ? readSiteFile(root) : readSettingsFile(given, cwd);
  if (file === undefined) return jekyll ?? { overrides: {}, source: 'src/site.ts', problems: [] };
  if (jekyll === undefined) return file;
  return {
    overrides: { ...jekyll.overrides, ...file.overrides }, source: file.source, problems: [...jekyll.problems, ...file.problems],
    ...(jekyll.jekyllConfig === undefined ? {} : { jekyllConfig: jekyll.jekyllConfig }),
  };
}

const failedRead = (source: string, message: string, fix: string): Overrides => ({ overrides: {}, source, problems: [{ file: source, message, fix }] });

function readSettingsFile(given: string, cwd: string): Overrides {
  const file = path.resolve(cwd, given);
  const kind = kindOf(file);
  if (kind === 'missing') return failedRead(given, `does not exist (named by BROADSHEET_SITE; looked for ${file}).`, 'Point BROADSHEET_SITE at a JSON file of settings, or unset it to use src/site.ts.');
  if (kind === 'folder') return failedRead(given, `is a folder (named by BROADSHEET_SITE), not a JSON file of settings.`, 'Point BROADSHEET_SITE at the JSON file inside it, such as site.json.');
  return parseFile(file, given, '(named by BROADSHEET_SITE)', (fix) => fix);
}

/**
 * The root's `broadsheet.json`, or undefined when it has none. It is a file of the site, so like every other it is
 * read only when it really is inside the site (issue #10): a link out of the site is refused.
 */
function readSiteFile(root: string): Overrides | undefined {
  const rootReal = realRoot(root);
  const location = locateSync(rootReal, siteSettingsFile);
  if (location.kind === 'missing') return undefined;
  const source = siteSettingsFile;
  if (location.kind === 'outside') {
    return failedRead(source, `leads through a symbolic link to ${location.target}, outside the site folder ${rootReal}; Broadsheet reads nothing outside the site.`, `Put the settings file itself at ${path.join(root, source)}.`);
  }
  if (location.kind !== 'inside') return failedRead(source, `cannot be read: ${location.kind === 'loop' ? 'it is a loop of symbolic links' : String(location.error)}.`, `Replace ${path.join(root, source)} with the JSON file of the site's settings.`);
  if (kindOf(location.path) === 'folder') return failedRead(source, 'is a folder, not the JSON file of the site\'s settings.', `Move it away: ${path.join(root, source)} must be the site's settings file.`);
  // parseSettingsFile's fixes speak of BROADSHEET_SITE; here the file is found by its name, not named by a variable.
  return parseFile(location.path, source, `(the site's settings file at ${root})`, (fix) => fix.replace(/, or unset BROADSHEET_SITE to use src\/site\.ts\.$/, '.'));
}

/** `file` read and parsed; problems are named by `source`, as the reader knows the file. */
function parseFile(file: string, source: string, named: string, adaptFix: (fix: string) => string): Overrides {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return failedRead(source, `cannot be read ${named}: ${(error as Error).message}.`, 'Check that the file is readable by the build.');
  }
  const parsed = parseSettingsFile(text, source);
  if (parsed.ok) return { overrides: parsed.overrides, source, problems: [] };
  const { fix, ...problem } = parsed.problem;
  return { overrides: {}, source, problems: [{ ...problem, ...(fix === undefined ? {} : { fix: adaptFix(fix) }) }] };
}

/**
 * Everything a build is asked to do. Every problem, in the environment and in the settings, is collected and
 * thrown together as one ConfigError before anything is built; warnings come back in `warnings`.
 */
export function buildOptionsFromEnv(env: Env, cwd: string, checks: EnvChecks = {}): BuildOptions {
  const given = env['BROADSHEET_ROOT'] === '' ? undefined : env['BROADSHEET_ROOT'];
  const root = path.resolve(cwd, given ?? '.');
  const jekyll = isJekyllSite(root);
  const { overrides, source, problems: fileProblems, jekyllConfig } = readOverrides(env['BROADSHEET_SITE'], cwd, root, jekyll);
  const buildTime = readBuildTime(env['BUILD_TIME']);
  const threads = readThreads(env['BROADSHEET_THREADS']);
  // A settings file describes a whole other site: it starts from Broadsheet's defaults, not from this sample site.
  const checked = checkSite(source === 'src/site.ts' ? siteSettings() : defaultSettings(), overrides, env, source);
  const problems = [
    ...checkRoot(root, given, checks, jekyll),
    ...fileProblems,
    ...(buildTime.ok ? [] : [buildTime.problem]),
    ...(threads.ok ? [] : [threads.problem]),
    ...(checked.ok ? [] : checked.problems),
  ];
  if (problems.length > 0 || !checked.ok || !buildTime.ok || !threads.ok) {
    throw new ConfigError(`The site settings and build environment have ${plural(problems.length, 'problem')}:`, problems);
  }
  return {
    root,
    output: path.resolve(cwd, env['BROADSHEET_OUTPUT'] ?? path.join(root, '_site')),
    imageCache: path.resolve(cwd, env['BROADSHEET_IMAGE_CACHE'] ?? path.join(root, '.cache/images')),
    generatorDir,
    eleventyConfig: path.join(generatorDir, '.eleventy.ts'),
    site: checked.site,
    warnings: checked.warnings,
    drafts: truthy(env['BROADSHEET_DRAFTS']),
    future: truthy(env['BROADSHEET_FUTURE']),
    strict: truthy(env['BROADSHEET_STRICT']),
    jekyll,
    jekyllConfig: jekyllConfig ?? {},
    ...(buildTime.date === undefined ? {} : { buildTime: buildTime.date }),
    ...(threads.threads === undefined ? {} : { threads: threads.threads }),
  };
}
