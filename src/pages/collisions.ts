/**
 * Two outputs may never write one file or answer one URL; the build names every file involved (issues #2, #10).
 *
 * Outputs collide when they write the same file, or when they answer the same URL although they write different
 * files: a post at `/feed.xml` is written to `feed.xml.html` (as Jekyll writes it), but readers asking for
 * `/feed.xml` get the feed, so the story could never be reached. Folders the build fills by itself
 * (`assets/images/`, `assets/css/`, `assets/js/`, `pagefind/`) are reserved whole: a page inside them
 * would be overwritten or deleted by the step that owns the folder.
 */
import type { Problem } from '../errors.ts';

export interface PlannedOutput {
  readonly outputPath: string;
  readonly url: string;
  /** The post file or generator page that produces it, for messages. */
  readonly source: string;
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

/** A site file (`posts/x.md`) rather than a generated page (`the front page`): messages name it first. */
const isSiteFile = (source: string): boolean => !source.includes(' ');

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
    const ordered = [...group].sort((a, b) => Number(isSiteFile(b.source)) - Number(isSiteFile(a.source)));
    const [first, ...rest] = ordered;
    if (first === undefined) continue;
    const others = rest.map((o) => `${o.source} (${o.url})`).join(', ');
    problems.push({ file: first.source, field: 'permalink', message: `writes ${first.url}, and so does ${others}.`, fix });
  }

  for (const output of outputs) {
    const folder = reserved.find((r) => fold(output.outputPath).startsWith(r.folder));
    if (folder === undefined) continue;
    problems.push({
      file: output.source,
      field: 'permalink',
      message: `writes ${output.url}, inside /${folder.folder}, which the build fills with ${folder.owner}.`,
      fix: `Give it a \`permalink:\` outside /${folder.folder}.`,
    });
  }
  return problems;
}
