/**
 * What one build is asked to do, read from the environment so the Eleventy CLI (`npm run serve`), the build script
 * and the tests configure it the same way.
 *
 * - BROADSHEET_ROOT: the site folder holding posts/ and assets/ (default: the working directory)
 * - BROADSHEET_OUTPUT: where Eleventy writes (default: <root>/_site; the build script points it at a staging folder)
 * - BROADSHEET_SITE: a JSON file of settings used instead of src/site.ts, over Broadsheet's defaults (tests, other sites)
 * - BROADSHEET_DRAFTS=1, BROADSHEET_FUTURE=1: build drafts / future-dated posts (`--drafts`, `--future`)
 * - BROADSHEET_IMAGE_CACHE: the image cache folder (default: <root>/.cache/images), so CI can keep it between runs
 * - BUILD_TIME: the build's clock (ISO 8601), for reproducible builds
 * - SITE_URL, PATH_PREFIX, SITE_TIME_ZONE: deploy overrides, see src/site.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.ts';
import { defaultSettings, resolveSite, type Site, siteSettings } from '../site.ts';

export interface BuildOptions {
  readonly root: string;
  readonly output: string;
  readonly imageCache: string;
  /** The generator's own folder: layouts and the default CSS and JS come from here. */
  readonly generatorDir: string;
  readonly site: Site;
  readonly drafts: boolean;
  readonly future: boolean;
  /** The build's clock from BUILD_TIME; unset means "now" at each (re)build. */
  readonly buildTime?: Date;
}

type Env = Readonly<Record<string, string | undefined>>;

export const generatorDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const truthy = (value: string | undefined): boolean => value !== undefined && /^(1|true|yes)$/i.test(value);

function readOverrides(file: string | undefined): { overrides: Record<string, unknown>; source: string } {
  if (file === undefined || file === '') return { overrides: {}, source: 'src/site.ts' };
  if (!existsSync(file)) {
    throw new ConfigError('The site settings cannot be read:', [{ file, message: 'does not exist (named by BROADSHEET_SITE).', fix: 'Point BROADSHEET_SITE at a JSON file or unset it.' }]);
  }
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('the top level is not an object');
    return { overrides: parsed as Record<string, unknown>, source: file };
  } catch (error) {
    throw new ConfigError('The site settings cannot be read:', [{ file, message: `is not a JSON object of settings: ${(error as Error).message}.`, fix: 'Write it as {"title": "…", "timeZone": "…"}.' }], { cause: error });
  }
}

export function readBuildTime(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new ConfigError('The build settings have problems:', [{ file: 'environment', field: 'BUILD_TIME', message: `must be an ISO 8601 instant; found ${JSON.stringify(value)}.`, fix: 'Write it like 2025-10-09T12:00:00Z or unset it.' }]);
  }
  return date;
}

export function buildOptionsFromEnv(env: Env, cwd: string): BuildOptions {
  const root = path.resolve(cwd, env['BROADSHEET_ROOT'] ?? '.');
  const { overrides, source } = readOverrides(env['BROADSHEET_SITE']);
  // The dev server shows drafts, marked as such: authors preview them there (issue #2).
  const previewing = env['ELEVENTY_RUN_MODE'] === 'serve' || env['ELEVENTY_RUN_MODE'] === 'watch';
  const buildTime = readBuildTime(env['BUILD_TIME']);
  return {
    root,
    output: path.resolve(cwd, env['BROADSHEET_OUTPUT'] ?? path.join(root, '_site')),
    imageCache: path.resolve(cwd, env['BROADSHEET_IMAGE_CACHE'] ?? path.join(root, '.cache/images')),
    generatorDir,
    // A settings file describes a whole other site: it starts from Broadsheet's defaults, not from this sample site.
    site: resolveSite(source === 'src/site.ts' ? siteSettings() : defaultSettings(), overrides, env, source),
    drafts: previewing || truthy(env['BROADSHEET_DRAFTS']),
    future: truthy(env['BROADSHEET_FUTURE']),
    ...(buildTime === undefined ? {} : { buildTime }),
  };
}
