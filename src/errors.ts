/**
 * One error family for the whole generator. Every message names where (file, field or image), what was
 * expected, what was found and what to do; a build collects its problems and throws them together.
 */

/** One thing wrong with the input, located as precisely as we know. */
export interface Problem {
  /** Path relative to the site root, e.g. `posts/2025-10-09-rare-earths.md`. */
  readonly file: string;
  /** 1-based line of the offending field or YAML error, when known. */
  readonly line?: number;
  /** Front-matter key, setting or image the problem is about. */
  readonly field?: string;
  /** What was expected and what was found. */
  readonly message: string;
  /** What the author should do about it. */
  readonly fix?: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field === undefined ? '' : `\`${problem.field}\` `;
  const fix = problem.fix === undefined ? '' : ` ${problem.fix}`;
  return `${where}: ${field}${problem.message}${fix}`;
}

export class BroadsheetError extends Error {
  /** Eleventy prints our message only: the stack of a content error helps nobody. */
  readonly skipOriginalStack = true;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Problems found in a set of inputs; the message lists every one of them. */
export class ProblemsError extends BroadsheetError {
  readonly problems: readonly Problem[];

  constructor(summary: string, problems: readonly Problem[], options?: ErrorOptions) {
    const lines = problems.map((p) => `  - ${formatProblem(p)}`);
    super(`${summary}\n${lines.join('\n')}`, options);
    this.problems = problems;
  }
}

/** Posts that cannot be read, parsed or validated. */
export class ContentError extends ProblemsError {}

/** Site settings that are wrong (unknown time zone, bad URL, ...). */
export class ConfigError extends ProblemsError {}

/** Images that are missing, unreadable or unsafe to decode. */
export class ImageError extends ProblemsError {}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Describes a found value for a message: `42 (a number)`, `"x" (text)`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `${JSON.stringify(value)} (text)`;
  if (typeof value === 'number') return `${value} (a number)`;
  if (typeof value === 'boolean') return `${value} (true/false)`;
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  if (value instanceof Date) return `${value.toISOString()} (a date)`;
  return 'a mapping (key: value pairs)';
}

/**
 * Under `--strict` (issue #11) warnings fail the build: the same problems, reported as errors with the reason.
 * Returns undefined when there is nothing to fail on.
 */
export function strictFailure(strict: boolean, warnings: readonly Problem[], what: string): ProblemsError | undefined {
  if (!strict || warnings.length === 0) return undefined;
  return new ProblemsError(`--strict turns ${plural(warnings.length, 'warning')} in ${what} into problems; nothing was written:`, warnings);
}
