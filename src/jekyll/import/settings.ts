/**
 * The new site's `broadsheet.json` (issue #12): what `_config.yml` maps to (the same mapping a build in place uses,
 * src/jekyll/config.ts) and the site's authors, with what was not understood named for the report. Pure.
 */
import type { MappedSetting } from '../config.ts';
import type { AuthorsImport } from './authors.ts';

/** Keys of `_config.yml` the import reads itself, so they are not "not understood". */
const readByImport = new Set(['author', 'plugins', 'gems']);

export interface ImportedSettings {
  /** broadsheet.json's content. */
  readonly settings: Record<string, unknown>;
  readonly mapped: readonly MappedSetting[];
  /** `_config.yml` keys nothing carries over, in the file's order. */
  readonly notUnderstood: readonly string[];
}

export function importedSettings(config: { readonly overrides: Readonly<Record<string, unknown>>; readonly mapped: readonly MappedSetting[]; readonly unmapped: readonly string[] }, authors: AuthorsImport): ImportedSettings {
  const settings: Record<string, unknown> = { ...config.overrides };
  if (Object.keys(authors.authors).length > 0) settings['authors'] = authors.authors;
  return { settings, mapped: config.mapped, notUnderstood: config.unmapped.filter((key) => !readByImport.has(key)) };
}

/** broadsheet.json as written: pretty, with a final newline. */
export function settingsFileText(settings: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
