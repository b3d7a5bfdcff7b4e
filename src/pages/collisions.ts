/** Two pages may never write one file; the build names every file involved (issue #2). */
import type { Problem } from '../errors.ts';

export interface PlannedOutput {
  readonly outputPath: string;
  readonly url: string;
  /** The post file or generator page that produces it, for messages. */
  readonly source: string;
}

/**
 * Groups outputs by path, folding case and Unicode form so the answer does not depend on the file system the
 * site is built or served on (macOS and Windows fold case; macOS decomposes accents).
 */
export function findCollisions(outputs: readonly PlannedOutput[]): Problem[] {
  const byPath = new Map<string, PlannedOutput[]>();
  for (const output of outputs) {
    const key = output.outputPath.normalize('NFC').toLowerCase();
    const group = byPath.get(key);
    if (group === undefined) byPath.set(key, [output]);
    else group.push(output);
  }
  const problems: Problem[] = [];
  for (const group of byPath.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = group;
    if (first === undefined) continue;
    const others = rest.map((o) => `${o.source} (${o.url})`).join(', ');
    problems.push({
      file: first.source,
      field: 'permalink',
      message: `writes ${first.url}, and so does ${others}.`,
      fix: 'Give one of them a different `slug:` or `permalink:` in its front matter.',
    });
  }
  return problems;
}
