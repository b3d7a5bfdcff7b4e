/**
 * What `npm run import` prints when it is done (issue #12): what was copied, how `_config.yml` became
 * broadsheet.json and what it held that nothing carries over, each plugin and what replaces it, what was left
 * behind, and the command that builds the new site. Pure: returns the text.
 */
import { formatProblem, plural, type Problem } from '../../errors.ts';
import type { AuthorsImport } from './authors.ts';
import type { ImportPlan } from './plan.ts';
import type { PluginUse } from './plugins.ts';
import type { ImportedSettings } from './settings.ts';

export interface ImportReport {
  readonly source: string;
  readonly target: string;
  readonly plan: ImportPlan;
  readonly settings: ImportedSettings;
  readonly authors: AuthorsImport;
  readonly plugins: readonly PluginUse[];
  /** What the build will refuse in broadsheet.json as written (a time zone Broadsheet does not know…). */
  readonly settingsProblems: readonly Problem[];
  /** What the walks met and skipped (a pipe, a link back up), and what the build will warn about. */
  readonly warnings: readonly Problem[];
}

/** Paths shown per kind of what was left behind; the rest are counted. */
const shownPaths = 8;

const shellQuote = (value: string): string => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

function copiedLines({ counts, needsPostsFolder }: ImportPlan): string[] {
  const lines = [
    `  posts:        ${counts.posts}${counts.otherInPostFolders > 0 ? ` (and ${plural(counts.otherInPostFolders, 'other file')} in _posts/ folders, which the build warns about as Jekyll ignores them)` : ''}`,
    `  drafts:       ${counts.drafts} (published only with --drafts)`,
    `  static files: ${counts.staticFiles}${counts.photos > 0 ? ` (and ${plural(counts.photos, 'photo')} under assets/images/, published through the image pipeline)` : ''}`,
    `  includes:     ${counts.includes}`,
    `  data files:   ${counts.data}`,
  ];
  if (needsPostsFolder) lines.push('  _posts/ was made (empty, with a .gitkeep): without _config.yml, it is what makes the build read the folder as a Jekyll site.');
  return lines;
}

function settingsLines(settings: ImportedSettings, authors: AuthorsImport): string[] {
  const lines = settings.mapped.map((m) => `  ${m.key} → ${m.setting} = ${JSON.stringify(m.value)}${m.jekyllDefault ? ' (Jekyll\'s default: _config.yml does not set it)' : ''}`);
  for (const { source, keys } of authors.mapped) lines.push(`  ${source} → authors: ${keys.join(', ') || 'none'}`);
  if (lines.length === 0) lines.push('  (none)');
  return lines;
}

export function formatImportReport(report: ImportReport): string {
  const { plan, settings, authors } = report;
  const sections: string[][] = [
    [`Imported the Jekyll site ${report.source} into ${report.target}.`],
    ['Copied, at the same paths:', ...copiedLines(plan)],
    ['Settings mapped (_config.yml → broadsheet.json):', ...settingsLines(settings, authors)],
    [
      'Settings not understood (not carried over):',
      ...(settings.notUnderstood.length === 0 ? ['  (none)'] : settings.notUnderstood.map((key) => `  ${key}`)),
    ],
  ];
  if (authors.notes.length > 0) sections.push(['Authors:', ...authors.notes.map((note) => `  ${note}`)]);
  sections.push([
    'Plugins:',
    ...(report.plugins.length === 0 ? ['  (none)'] : report.plugins.map((p) => `  ${p.name} (${p.sources.join(', ')}): ${p.replacement}`)),
  ]);
  sections.push([
    'Left out:',
    ...(plan.leftOut.length === 0 ? ['  (nothing)'] : plan.leftOut.map(({ kind, paths }) => {
      const shown = paths.slice(0, shownPaths).join(', ');
      return `  ${kind}: ${shown}${paths.length > shownPaths ? `, and ${paths.length - shownPaths} more` : ''}`;
    })),
  ]);
  sections.push(['Images stay at their paths: renaming them to their md5 (as `npm run image` names new photos) would mean rewriting every post, include and page that links to them.']);
  if (report.settingsProblems.length > 0) {
    sections.push([`Fix in broadsheet.json before building (${plural(report.settingsProblems.length, 'problem')}):`, ...report.settingsProblems.map((p) => `  - ${formatProblem(p)}`)]);
  }
  if (report.warnings.length > 0) sections.push([`Warnings (${report.warnings.length}):`, ...report.warnings.map((p) => `  - ${formatProblem(p)}`)]);
  sections.push(['Build it:', `  BROADSHEET_ROOT=${shellQuote(report.target)} npm run build`]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
