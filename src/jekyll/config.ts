/**
 * A Jekyll site's `_config.yml`, read as Broadsheet settings (issue #11), so `npm run build` builds a Jekyll
 * site's folder as it is. Only the keys that decide where and when posts are published are mapped; everything
 * else is Jekyll's business (themes, plugins, collections) and is left alone here (`npm run import` reports it).
 * Pure: takes the file's text.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from '../errors.ts';

/** Jekyll's defaults for the keys we map, where they differ from Broadsheet's (Jekyll 4.3 `Configuration::DEFAULTS`). */
const jekyllDefaults = {
  // Jekyll's `date` style, /:categories/:year/:month/:day/:title:output_ext; Broadsheet's own default differs.
  permalink: 'date',
} as const;

/** Jekyll key → Broadsheet setting, and how the value is carried over. */
const mapping: ReadonlyArray<readonly [string, string, (value: unknown) => unknown]> = [
  ['title', 'title', String],
  ['description', 'description', String],
  ['url', 'url', (value) => String(value).replace(/\/+$/, '')],
  ['baseurl', 'pathPrefix', String],
  ['timezone', 'timeZone', String],
  ['permalink', 'permalink', String],
  ['excerpt_separator', 'excerptSeparator', String],
  ['paginate', 'pageSize', (value) => value],
  ['lang', 'language', String],
];

export const jekyllConfigFile = '_config.yml';

export type JekyllSettings =
  | { readonly ok: true; readonly overrides: Record<string, unknown>; readonly mapped: readonly string[] }
  | { readonly ok: false; readonly problem: Problem };

export function settingsFromJekyllConfig(text: string, file = jekyllConfigFile): JekyllSettings {
  let config: unknown;
  try {
    config = parseYaml(text.replace(/^\uFEFF/, ''), { maxAliasCount: 100, logLevel: 'error' }) ?? {};
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { ok: false, problem: { file, ...(line === undefined ? {} : { line }), message: `is not valid YAML: ${reason}`, fix: 'Fix the YAML there; Jekyll cannot read it either.' } };
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return { ok: false, problem: { file, message: 'must be `key: value` lines.', fix: 'Write it as Jekyll expects, e.g. `title: My site`.' } };
  }
  const values = config as Record<string, unknown>;
  const overrides: Record<string, unknown> = { ...jekyllDefaults };
  const mapped: string[] = [];
  for (const [key, setting, carry] of mapping) {
    const value = values[key];
    // Jekyll treats an empty value as unset (`baseurl: ""`, `timezone:`).
    if (value === undefined || value === null || value === '') continue;
    overrides[setting] = carry(value);
    mapped.push(key);
  }
  return { ok: true, overrides, mapped };
}
