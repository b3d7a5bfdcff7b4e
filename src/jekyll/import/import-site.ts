/**
 * `npm run import` (issue #12): a Jekyll site copied into a new Broadsheet site folder. The checks that refuse
 * before anything is read or written, then gather (read), plan and settings (pure), write (staging + swap), and
 * the report. Every refusal is a BroadsheetError whose message names the folder and what to do.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isJekyllSite } from '../../build/options.ts';
import { BroadsheetError, plural, type Problem, ProblemsError } from '../../errors.ts';
import { isInside } from '../../files/inside.ts';
import { realRoot } from '../../files/site-root.ts';
import { checkSite, defaultSettings } from '../../site.ts';
import { jekyllConfigFile, settingsFromJekyllConfig } from '../config.ts';
import { authorsFromJekyll, parseAuthorsData } from './authors.ts';
import { gatherJekyllSite } from './gather.ts';
import { planImport } from './plan.ts';
import { pluginsInConfig, pluginsInGemfile, pluginUses } from './plugins.ts';
import { formatImportReport } from './report.ts';
import { importedSettings, settingsFileText } from './settings.ts';
import { writeImport } from './write.ts';

/** An import refused before anything was written. */
export class ImportError extends BroadsheetError {}

export interface ImportRequest {
  /** The Jekyll site's folder, absolute. */
  readonly source: string;
  /** The new site's folder, absolute. */
  readonly target: string;
  /** Replace a target folder that holds something. */
  readonly force: boolean;
}

async function kindOf(file: string): Promise<'folder' | 'file' | 'missing'> {
  try {
    return (await stat(file)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

async function checkSource(source: string): Promise<void> {
  const kind = await kindOf(source);
  if (kind !== 'folder') throw new ImportError(`import: ${source} ${kind === 'file' ? 'is a file' : 'does not exist'}; nothing was written. Name the Jekyll site's folder, the one holding _config.yml and _posts/.`);
  if (!isJekyllSite(source)) throw new ImportError(`import: ${source} is not a Jekyll site: it has neither ${jekyllConfigFile} nor a _posts/ folder; nothing was written. Name the folder that holds the site's ${jekyllConfigFile}.`);
}

async function checkTarget({ source, target, force }: ImportRequest): Promise<void> {
  const sourceReal = realRoot(source);
  const targetReal = existsSync(target) ? realRoot(target) : path.join(realRoot(path.dirname(target)), path.basename(target));
  if (isInside(sourceReal, targetReal)) throw new ImportError(`import: --into ${target} is inside the Jekyll site ${source}; nothing was written. Choose a folder outside it, so the new site does not become one of the old one's files.`);
  if (isInside(targetReal, sourceReal)) throw new ImportError(`import: --into ${target} holds the Jekyll site ${source}; nothing was written. Choose a new folder outside it.`);
  const kind = await kindOf(target);
  if (kind === 'file') throw new ImportError(`import: --into ${target} is a file, not a folder; nothing was written. Choose a new folder for the imported site.`);
  if (kind === 'folder' && !force && (await readdir(target)).length > 0) {
    throw new ImportError(`import: ${target} already exists and is not empty; nothing was written. Choose a new folder for the imported site, or add --force to replace ${target} and everything in it.`);
  }
}

/** Imports the site and returns the report to print. */
export async function importJekyllSite(request: ImportRequest): Promise<string> {
  await checkSource(request.source);
  await checkTarget(request);
  const rootReal = realRoot(request.source);
  const gathered = await gatherJekyllSite(rootReal);
  const problems: Problem[] = [...gathered.problems];
  const config = settingsFromJekyllConfig(gathered.config, jekyllConfigFile);
  if (!config.ok) problems.push(config.problem);
  const data = gathered.authorsData === undefined ? undefined : parseAuthorsData(gathered.authorsData.file, gathered.authorsData.text);
  if (data !== undefined && !data.ok) problems.push(data.problem);
  if (problems.length > 0 || !config.ok || (data !== undefined && !data.ok)) {
    throw new ProblemsError(`import: the Jekyll site ${request.source} has ${plural(problems.length, 'problem')}; nothing was written:`, problems);
  }

  const plan = planImport(gathered.inventory);
  const imported = new Set(plan.copies.map((copy) => copy.to));
  const authors = authorsFromJekyll({
    siteAuthor: config.config['author'],
    ...(data === undefined || gathered.authorsData === undefined ? {} : { data: { file: gathered.authorsData.file, value: data.value } }),
    fileExists: (sitePath) => imported.has(sitePath),
  });
  const settings = importedSettings(config, authors);
  const checked = checkSite(defaultSettings(), settings.settings, {}, 'broadsheet.json');
  await writeImport(plan, settingsFileText(settings.settings), request.target);
  return formatImportReport({
    source: request.source,
    target: request.target,
    plan,
    settings,
    authors,
    plugins: pluginUses(pluginsInGemfile(gathered.gemfile ?? ''), pluginsInConfig(config.config)),
    settingsProblems: checked.ok ? [] : checked.problems,
    warnings: [...gathered.warnings, ...checked.warnings],
  });
}
