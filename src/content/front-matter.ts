/**
 * Splits a post into front matter and body exactly where Jekyll does (issue #11), with Jekyll 4.3's
 * `Document::YAML_FRONT_MATTER_REGEXP`: a `---` line at the very start, then everything up to the first line that is
 * `---` or `...`. So `...` closes front matter, a blank line before `---` means there is none, and front matter that
 * is never closed is body text (with a warning here). The YAML is parsed with the `yaml` package and its core
 * schema: YAML's timestamp type would turn `2025-10-09T11:08:38` into a UTC `Date` and lose what the author wrote,
 * so dates stay text here and `dates.ts` reads them with Jekyll's rules.
 *
 * Aliases are limited (issue #10): a "billion laughs" front matter (`&a [*b, *b, …]` nested) would otherwise expand
 * into billions of values the moment anything walks it.
 */
import { isMap, isScalar, parseDocument, Scalar, YAMLParseError } from 'yaml';
import type { Problem } from '../errors.ts';

export interface SplitPost {
  readonly data: Readonly<Record<string, unknown>>;
  readonly body: string;
  /** 1-based line in the file of each top-level front-matter key. */
  readonly lines: ReadonlyMap<string, number>;
  /** What was odd but readable (front matter never closed, or not at the start). */
  readonly warnings: readonly Problem[];
  /**
   * Top-level keys whose value was written in quotes. Jekyll's YAML reader turns an unquoted timestamp into a Time
   * (without an offset: UTC) but leaves quoted text for Time.parse (the site's zone), so dates need to know.
   */
  readonly quoted: ReadonlySet<string>;
}

/** Aliases one front matter may resolve, weighted by the size of what they repeat (the `yaml` package's count). */
export const maxAliasCount = 100;

/**
 * Jekyll's `%r!\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)!m` (Ruby's `m` is JavaScript's `s`; Ruby's `^` and `$` are
 * always line anchors; `(?<![\s\S])` is `\A`).
 */
const jekyllFrontMatter = /(?<![\s\S])(---\s*\n[\s\S]*?\n?)^((?:---|\.\.\.)\s*$\n?)/m;

class AliasBombError extends Error {}

function parseFrontMatter(yaml: string): { data: unknown; quoted: Set<string> } {
  try {
    // CRLF files: the `yaml` package would keep a `\r` at the end of values. Unknown tags (Ruby's `! 'text'`,
    // `!ruby/object`) read as their plain value, as Jekyll's SafeYAML reads them, unprinted.
    const document = parseDocument(yaml.replace(/\r\n?/g, '\n'), { schema: 'core', logLevel: 'error' });
    const [first] = document.errors;
    if (first !== undefined) throw first;
    const quoted = new Set<string>();
    if (isMap(document.contents)) {
      for (const pair of document.contents.items) {
        const quotes = isScalar(pair.value) && (pair.value.type === Scalar.QUOTE_DOUBLE || pair.value.type === Scalar.QUOTE_SINGLE);
        if (quotes && isScalar(pair.key)) quoted.add(String(pair.key.value));
      }
    }
    return { data: document.toJS({ maxAliasCount }) ?? {}, quoted };
  } catch (error) {
    // The `yaml` package signals the alias limit with a plain ReferenceError.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) throw new AliasBombError(error.message, { cause: error });
    throw error;
  }
}

/** Line numbers of top-level keys: line 1 of `frontMatter` (its opening `---`) is line 1 of the file. */
function keyLines(frontMatter: string): Map<string, number> {
  const lines = new Map<string, number>();
  frontMatter.split('\n').forEach((line, index) => {
    const match = /^(["']?)([^\s:#"'][^:]*?)\1\s*:(\s|$)/.exec(line);
    if (match?.[2] !== undefined && !lines.has(match[2])) lines.set(match[2], index + 1);
  });
  return lines;
}

/** Why a file that looks as if it had front matter has none, for a warning; undefined when it plainly has none. */
function missedFrontMatter(file: string, text: string): Problem | undefined {
  if (/^---[ \t]*\r?\n/.test(text)) {
    return { file, line: 1, message: 'opens front matter with `---` but never closes it, so the whole file is read as the story (as Jekyll reads it).', fix: 'Add a `---` line after the last front-matter line.' };
  }
  if (/^\s+---[ \t]*\r?\n/.test(text) && jekyllFrontMatter.test(text.trimStart())) {
    return { file, line: 1, message: 'has blank space before its first `---`, so its front matter is read as the story (as Jekyll reads it).', fix: 'Delete the blank lines or spaces before the first `---`.' };
  }
  return undefined;
}

export function splitFrontMatter(file: string, text: string): { ok: true; post: SplitPost } | { ok: false; problem: Problem } {
  if (text.includes('\u0000')) {
    return { ok: false, problem: { file, message: 'is a binary file, not markdown.', fix: 'Keep only .md posts in posts/ and put images in assets/images/.' } };
  }
  const match = jekyllFrontMatter.exec(text);
  if (match === null) {
    const warning = missedFrontMatter(file, text);
    return { ok: true, post: { data: {}, body: text, lines: new Map(), warnings: warning === undefined ? [] : [warning], quoted: new Set() } };
  }
  const yaml = match[1] ?? '';
  const body = text.slice(match[0].length);
  const rubyTag = /(?:^|[\s:[,{-])(!ruby\/\S+)/m.exec(yaml)?.[1];
  if (rubyTag !== undefined) {
    // Jekyll's YAML reader (Psych.safe_load) refuses Ruby objects, so Jekyll cannot read this front matter either.
    return { ok: false, problem: { file, line: lineOf(yaml, rubyTag), message: `front matter holds a Ruby object (${rubyTag}), which a safe YAML reader refuses (Jekyll's too).`, fix: 'Write the value as plain text, e.g. title: "…".' } };
  }
  try {
    const { data, quoted } = parseFrontMatter(yaml);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return {
        ok: false,
        problem: { file, line: 2, message: 'front matter must be `key: value` lines.', fix: 'Start the file with ---, then lines such as `title: "…"`, then ---.' },
      };
    }
    return { ok: true, post: { data: data as Record<string, unknown>, body, lines: keyLines(yaml), warnings: [], quoted } };
  } catch (error) {
    if (error instanceof AliasBombError) {
      return {
        ok: false,
        problem: { file, message: `front matter repeats YAML aliases (*name) more than ${maxAliasCount} times, as a "billion laughs" attack does; it was not read.`, fix: 'Write the values out instead of repeating anchors (&name) and aliases.' },
      };
    }
    if (error instanceof YAMLParseError) {
      // An error found at the end of the stream (an unclosed list) points past the last line; name the last line
      // of front matter instead, where the author has to look.
      const lastLine = Math.max(2, yaml.replace(/\n$/, '').split('\n').length);
      const position = error.linePos?.[0];
      const line = position === undefined ? undefined : Math.min(position.line, lastLine);
      return {
        ok: false,
        problem: {
          file,
          ...(line === undefined ? {} : { line }),
          message: `front matter is not valid YAML: ${yamlReason(error)}.`,
          fix: 'Quote values that contain a colon, # or quotes, e.g. title: "Breaking: …".',
        },
      };
    }
    throw error;
  }
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, Math.max(0, text.indexOf(needle))).split('\n').length;
}

/** The `yaml` package's message without its position (the problem carries the line) and trailing period. */
function yamlReason(error: YAMLParseError): string {
  const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1) || 'the YAML cannot be read';
}
