/**
 * A Jekyll site's `_config.yml`, read as Broadsheet settings (issue #11), so `npm run build` builds a Jekyll
 * site's folder as it is. Only the keys that decide where and when posts are published are mapped; everything
 * else is Jekyll's business (themes, plugins, collections) and is left alone here (`npm run import` reports it).
 * Pure: takes the file's text.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from '../errors.ts';

/**
 * Jekyll's defaults, by `_config.yml` key, for the keys we map where they differ from Broadsheet's (Jekyll 4.3
 * `Configuration::DEFAULTS`): carried over when the file does not set them, so posts keep Jekyll's URLs.
 */
const jekyllDefaults: Readonly<Record<string, unknown>> = {
  // Jekyll's `date` style, /:categories/:year/:month/:day/:title:output_ext; Broadsheet's own default differs.
  permalink: 'date',
};

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

/** One setting carried over: `paginate` → `pageSize` = 5. */
export interface MappedSetting {
  /** The `_config.yml` key. */
  readonly key: string;
  /** The Broadsheet setting it becomes. */
  readonly setting: string;
  readonly value: unknown;
  /** The file does not set the key, so Jekyll's default is carried over (`permalink: date`). */
  readonly jekyllDefault: boolean;
}

export type JekyllSettings =
  | {
      readonly ok: true;
      readonly overrides: Record<string, unknown>;
      /** What was carried over, in the mapping's order. */
      readonly mapped: readonly MappedSetting[];
      /** The file's keys this mapping does not carry over (`theme`, `plugins`, `collections`…), in the file's order. */
      readonly unmapped: readonly string[];
      /** The file as parsed, for readers of the keys not mapped here (`npm run import` reads `author` and `plugins`). */
      readonly config: Readonly<Record<string, unknown>>;
    }
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
  const overrides: Record<string, unknown> = {};
  const mapped: MappedSetting[] = [];
  for (const [key, setting, carry] of mapping) {
    const value = values[key];
    const jekyllDefault = jekyllDefaults[key];
    // Jekyll treats an empty value as unset (`baseurl: ""`, `timezone:`).
    if (value !== undefined && value !== null && value !== '') {
      overrides[setting] = carry(value);
      mapped.push({ key, setting, value: overrides[setting], jekyllDefault: false });
    } else if (jekyllDefault !== undefined) {
      overrides[setting] = jekyllDefault;
      mapped.push({ key, setting, value: jekyllDefault, jekyllDefault: true });
    }
  }
  const known = new Set(mapping.map(([key]) => key));
  const unmapped = Object.keys(values).filter((key) => !known.has(key));
  return { ok: true, overrides, mapped, unmapped, config: values };
}
