/**
 * The files Liquid reads besides the posts (issue #12): `_includes/` (for `{% include %}`) and `_data/` (for
 * `site.data`), found by the safe walker and read as strict UTF-8, so nothing outside the site is read (issue #10).
 * Every problem names the file; a data file that cannot be parsed stops the build, as it stops Jekyll's.
 */
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from '../errors.ts';
import { readText } from '../files/read-text.ts';
import { isHiddenName, walkFolder } from '../files/walk.ts';
import { maxAliasCount } from '../content/front-matter.ts';

export const includesFolder = '_includes';
export const dataFolder = '_data';

export interface SiteFiles<T> {
  readonly value: T;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** Every file under `_includes/`, by its path there (`sig.markdown`, `notes/box.html`). */
export async function readIncludes(rootReal: string): Promise<SiteFiles<Record<string, string>>> {
  const walked = await walkFolder(rootReal, includesFolder, { wants: () => true, skips: isHiddenName, warnFolderNames: false });
  const problems = [...walked.problems];
  const templates: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const file of walked.files) {
    const read = await readText(file, { folder: includesFolder });
    if (read.ok) templates[path.posix.relative(includesFolder, file.sitePath)] = read.text;
    else problems.push(read.problem);
  }
  return { value: templates, problems, warnings: walked.warnings };
}

const dataExtensions = /\.(ya?ml|json)$/i;

type DataTree = Record<string, unknown>;

function parseData(sitePath: string, text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const source = text.replace(/^\uFEFF/, '');
  try {
    if (/\.json$/i.test(sitePath)) return { ok: true, value: JSON.parse(source) };
    return { ok: true, value: parseYaml(source, { maxAliasCount, logLevel: 'error' }) ?? null };
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { ok: false, problem: { file: sitePath, ...(line === undefined ? {} : { line }), message: `cannot be read as ${/\.json$/i.test(sitePath) ? 'JSON' : 'YAML'}: ${reason}`, fix: 'Fix the file there; Jekyll cannot read it either.' } };
  }
}

/**
 * `site.data`: `_data/desk.yml` is `site.data.desk`, `_data/people/editors.json` is `site.data.people.editors`
 * (YAML and JSON). Other files there (CSV, TSV) are not read yet, with a warning naming each.
 */
export async function readSiteData(rootReal: string): Promise<SiteFiles<DataTree>> {
  const warnings: Problem[] = [];
  const walked = await walkFolder(rootReal, dataFolder, {
    wants: () => true,
    skips: isHiddenName,
    warnFolderNames: false,
  });
  warnings.push(...walked.warnings);
  const problems = [...walked.problems];
  const tree: DataTree = Object.create(null) as DataTree;
  for (const file of walked.files) {
    if (!dataExtensions.test(file.sitePath)) {
      warnings.push({ file: file.sitePath, message: 'is not read: data files are YAML (.yml, .yaml) or JSON (.json) here.', fix: 'Convert it to YAML or JSON to use it as `site.data`.' });
      continue;
    }
    const read = await readText(file, { folder: dataFolder });
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseData(file.sitePath, read.text);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const segments = path.posix.relative(dataFolder, file.sitePath).replace(dataExtensions, '').split('/');
    let node = tree;
    for (const segment of segments.slice(0, -1)) {
      const next = node[segment];
      node = typeof next === 'object' && next !== null && !Array.isArray(next) ? (next as DataTree) : (node[segment] = Object.create(null) as DataTree);
    }
    node[segments.at(-1) ?? ''] = parsed.value;
  }
  return { value: tree, problems, warnings };
}
