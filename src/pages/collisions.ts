/**
 * Two outputs may never write one file or answer one URL; the build names every file involved (issues #2, #10).
 *
 * Outputs collide when they write the same file, or when they answer the same URL although they write different
 * files: a post at `/feed.xml` is written to `feed.xml.html` (as Jekyll writes it), but readers asking for
 * `/feed.xml` get the feed, so the story could never be reached. Folders the build fills by itself
 * (`assets/images/`, `assets/css/`, `assets/js/`, `pagefind/`) are reserved whole: a page inside them
 * would be overwritten or deleted by the step that owns the folder. And no output may be a file where another
 * needs a folder (`static/2025` and the story at `/2025/10/09/x/`): no disk holds both.
 *
 * Site files published as they are (`static/`, issue #13; a Jekyll site's static files, issue #11) are outputs
 * like the rest. None replaces a file the build writes, `robots.txt` and `_headers` included: there is no setting
 * to leave one of them to the owner yet, and a copy that silently won would drop the sitemaps or the cache rules.
 */
import type { Problem } from '../errors.ts';

export interface PlannedOutput {
  readonly outputPath: string;
  readonly url: string;
  /** The post file or generator page that produces it, for messages. */
  readonly source: string;
  /** A site file published as it is (`static/ads.txt`): it has a name to change, not a permalink. */
  readonly copied?: boolean;
}

export interface ReservedFolder {
  /** Relative to the output folder, ending in `/`: `assets/`. */
  readonly folder: string;
  /** What fills it, for messages. */
  readonly owner: string;
}

export const reservedFolders: readonly ReservedFolder[] = [
  { folder: 'assets/images/', owner: "the site's images" },
  { folder: 'assets/css/', owner: "the site's stylesheets" },
  { folder: 'assets/js/', owner: "the site's scripts" },
  { folder: 'pagefind/', owner: 'the search index' },
];

const fix = 'Give one of them a different `slug:` or `permalink:` in its front matter.';

/** Folds case and Unicode form, so the answer does not depend on the file system (macOS and Windows fold case). */
const fold = (text: string): string => text.normalize('NFC').toLowerCase();

/** The URL a host answers with this output: `/a/index.html` and `/a/` are one. */
const servedUrl = (url: string): string => fold(url).replace(/(^|\/)index\.html$/, '$1');

type Role = 'copied' | 'post' | 'generated';

/**
 * Posts are named by their path in the site, always inside a folder (`posts/x.md`, `_posts/x.md`); what the build
 * generates by a phrase (`the site feed`) or by its own name (`robots.txt`). Messages name site files first.
 */
const roleOf = (output: PlannedOutput): Role => (output.copied === true ? 'copied' : output.source.includes('/') && !output.source.includes(' ') ? 'post' : 'generated');
const rank: Readonly<Record<Role, number>> = { copied: 0, post: 1, generated: 2 };

const named = (output: PlannedOutput): string => (roleOf(output) === 'generated' && !output.source.startsWith('the ') ? `the generated ${output.source}` : output.source);
const listed = (outputs: readonly PlannedOutput[]): string => outputs.map((o) => `${named(o)} (${o.url})`).join(', ');
const publishes = (output: PlannedOutput): string => (output.copied === true ? `is published as it is at ${output.url}` : `writes ${output.url}`);
const field = (output: PlannedOutput): Pick<Problem, 'field'> => (roleOf(output) === 'post' ? { field: 'permalink' } : {});
const byRole = (outputs: readonly PlannedOutput[]): PlannedOutput[] => [...outputs].sort((a, b) => rank[roleOf(a)] - rank[roleOf(b)]);

/** What the owner can do about each site file: change its name or its permalink. */
const actionFor = (output: PlannedOutput): string[] =>
  roleOf(output) === 'copied' ? [`rename or remove ${output.source}`] : roleOf(output) === 'post' ? [`give ${output.source} a different \`slug:\` or \`permalink:\` in its front matter`] : [];

/** One sentence of the actions, joined by `joiner` (`, or ` when moving one file is enough, `, and ` when all must move). */
function sentence(outputs: readonly PlannedOutput[], joiner: string): string {
  const text = outputs.flatMap(actionFor).join(joiner);
  return text === '' ? 'Two outputs of the build itself clash; please report it' : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

const generatedIn = (outputs: readonly PlannedOutput[]): PlannedOutput | undefined => outputs.find((o) => roleOf(o) === 'generated');

function sameOutput(group: readonly PlannedOutput[]): Problem | undefined {
  const ordered = byRole(group);
  const [first, ...rest] = ordered;
  if (first === undefined) return undefined;
  if (first.copied !== true) return { file: first.source, field: 'permalink', message: `writes ${first.url}, and so does ${listed(rest)}.`, fix };
  const generated = generatedIn(rest);
  return {
    file: first.source,
    message: `${publishes(first)}, and so is ${listed(rest)}.`,
    fix: generated === undefined ? `${sentence(ordered, ', or ')}.` : `${sentence(ordered, ', and ')}: the build writes ${generated.url} itself, and replacing a file the build writes with a site file is not possible yet.`,
  };
}

/** Every folder above an output path, folded: `a/b/c.html` gives `a` and `a/b`. */
function foldersAbove(outputPath: string): string[] {
  const parts = fold(outputPath).split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

const shown = 3;

/** Site files inside what the build writes as a file: a file the build writes is not the owner's to change. */
function insideGenerated(file: PlannedOutput, within: readonly PlannedOutput[]): Problem[] {
  return within
    .filter((o) => roleOf(o) !== 'generated')
    .map((o) => ({ file: o.source, ...field(o), message: `${publishes(o)}, inside ${file.url}, which ${named(file)} writes as a file.`, fix: `${sentence([o], '')}.` }));
}

/** Outputs written where another output, or a folder the build fills, needs a folder of the same name. */
function filesInTheWay(outputs: readonly PlannedOutput[], reserved: readonly ReservedFolder[]): Problem[] {
  const byFile = new Map<string, PlannedOutput>();
  for (const output of outputs) if (!byFile.has(fold(output.outputPath))) byFile.set(fold(output.outputPath), output);
  const inside = new Map<PlannedOutput, PlannedOutput[]>();
  for (const output of outputs) {
    for (const folder of foldersAbove(output.outputPath)) {
      const file = byFile.get(folder);
      if (file === undefined) continue;
      const within = inside.get(file);
      if (within === undefined) inside.set(file, [output]);
      else within.push(output);
    }
  }
  const problems = [...inside].flatMap(([file, within]): Problem[] => {
    if (roleOf(file) === 'generated') return insideGenerated(file, within);
    const more = within.length > shown ? ` and ${within.length - shown} more` : '';
    // Only the file itself can move out of the way of a folder the build writes.
    const generated = generatedIn(within);
    const problem: Problem = {
      file: file.source,
      ...field(file),
      message: `${publishes(file)} as a file, where ${listed(within.slice(0, shown))}${more} ${within.length === 1 ? 'needs' : 'need'} a folder of that name.`,
      fix: generated === undefined ? `${sentence(byRole([file, ...within.slice(0, shown)]), ', or ')}.` : `${sentence([file], '')}: the build writes ${generated.url} itself.`,
    };
    return [problem];
  });
  const blocking = new Set<PlannedOutput>();
  for (const folder of reserved) {
    for (const path of foldersAbove(`${folder.folder}x`)) {
      const file = byFile.get(path);
      if (file === undefined || blocking.has(file)) continue;
      blocking.add(file);
      problems.push({ file: file.source, ...field(file), message: `${publishes(file)} as a file, where the build needs a folder of that name for ${folder.owner}.`, fix: `${sentence([file], '')}.` });
    }
  }
  return problems;
}

/** The folder of the site whose files land in `folder` of the output: `static/assets/css/` for `static/assets/css/x.css`. */
const siteFolderOf = (output: PlannedOutput, folder: ReservedFolder): string =>
  `${output.source.slice(0, output.source.length - output.outputPath.length)}${output.outputPath.slice(0, folder.folder.length)}`;

export function findCollisions(outputs: readonly PlannedOutput[], reserved: readonly ReservedFolder[] = reservedFolders): Problem[] {
  // Union of outputs that share a file or a URL, so each clash is reported once, however it was found.
  const groupOf = new Map<PlannedOutput, PlannedOutput[]>();
  const byKey = new Map<string, PlannedOutput>();
  const join = (a: PlannedOutput, b: PlannedOutput): void => {
    const left = groupOf.get(a) ?? [a];
    const right = groupOf.get(b) ?? [b];
    if (left === right) return;
    const merged = [...left, ...right];
    for (const output of merged) groupOf.set(output, merged);
  };
  for (const output of outputs) {
    for (const key of [`file:${fold(output.outputPath)}`, `url:${servedUrl(output.url)}`]) {
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, output);
      else join(seen, output);
    }
  }

  const problems: Problem[] = [];
  const reported = new Set<PlannedOutput[]>();
  for (const output of outputs) {
    const group = groupOf.get(output);
    if (group === undefined || reported.has(group)) continue;
    reported.add(group);
    const problem = sameOutput(group);
    if (problem !== undefined) problems.push(problem);
  }

  for (const output of outputs) {
    const folder = reserved.find((r) => fold(output.outputPath).startsWith(r.folder));
    if (folder === undefined) continue;
    problems.push({
      file: output.source,
      ...field(output),
      message: `${publishes(output)}, inside /${folder.folder}, which the build fills with ${folder.owner}.`,
      fix: output.copied === true ? `Move it out of ${siteFolderOf(output, folder)}.` : `Give it a \`permalink:\` outside /${folder.folder}.`,
    });
  }
  return [...problems, ...filesInTheWay(outputs, reserved)];
}
