/**
 * Splits a post into front matter and body with gray-matter, parsing the YAML ourselves with the `yaml` package
 * and its core schema: YAML's timestamp type would turn `2025-10-09T11:08:38` into a UTC `Date` and lose what the
 * author wrote, so dates stay text here and `dates.ts` reads them with Jekyll's rules.
 *
 * Aliases are limited (issue #10): a "billion laughs" front matter (`&a [*b, *b, …]` nested) would otherwise expand
 * into billions of values the moment anything walks it.
 */
import matter from 'gray-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from '../errors.ts';

export interface SplitPost {
  readonly data: Readonly<Record<string, unknown>>;
  readonly body: string;
  /** 1-based line in the file of each top-level front-matter key. */
  readonly lines: ReadonlyMap<string, number>;
  /** What was odd but readable (front matter never closed). */
  readonly warnings: readonly Problem[];
}

/** An opening `---` line with no closing `---` line after it. */
function isUnclosed(text: string): boolean {
  const opening = /^---[ \t]*\r?\n/.exec(text);
  return opening !== null && !/^---[ \t]*\r?$/m.test(text.slice(opening[0].length));
}

/** Aliases one front matter may resolve, weighted by the size of what they repeat (the `yaml` package's count). */
export const maxAliasCount = 100;

class AliasBombError extends Error {}

const engines = {
  yaml: {
    parse: (text: string): object => {
      try {
        // CRLF files: the `yaml` package would keep the `\r` that ends gray-matter's last front-matter line. Unknown
        // tags (Ruby's `! 'text'`, `!ruby/object`) read as their plain value, as Jekyll's SafeYAML reads them, unprinted.
        return (parseYaml(text.replace(/\r\n?/g, '\n'), { schema: 'core', maxAliasCount, logLevel: 'error' }) ?? {}) as object;
      } catch (error) {
        // The `yaml` package signals the alias limit with a plain ReferenceError.
        if (error instanceof ReferenceError && /alias/i.test(error.message)) throw new AliasBombError(error.message, { cause: error });
        throw error;
      }
    },
  },
};

/**
 * gray-matter hands the engine the text from the end of the opening `---` (so it starts with that line's newline):
 * line 0 of that text (the `yaml` package's line 1) is line 1 of the file.
 */
const yamlLineOffset = 1;

function keyLines(frontMatter: string): Map<string, number> {
  const lines = new Map<string, number>();
  frontMatter.split('\n').forEach((line, index) => {
    const match = /^(["']?)([^\s:#"'][^:]*?)\1\s*:(\s|$)/.exec(line);
    if (match?.[2] !== undefined && !lines.has(match[2])) lines.set(match[2], index + yamlLineOffset);
  });
  return lines;
}

export function splitFrontMatter(file: string, text: string): { ok: true; post: SplitPost } | { ok: false; problem: Problem } {
  if (text.includes('\u0000')) {
    return { ok: false, problem: { file, message: 'is a binary file, not markdown.', fix: 'Keep only .md posts in posts/ and put images in assets/images/.' } };
  }
  if (isUnclosed(text)) {
    // Jekyll reads front matter only between two `---` lines; without the second, the whole file is the body.
    const warning = { file, line: 1, message: 'opens front matter with `---` but never closes it, so the whole file is read as the story (as Jekyll reads it).', fix: 'Add a `---` line after the last front-matter line.' };
    return { ok: true, post: { data: {}, body: text, lines: new Map(), warnings: [warning] } };
  }
  try {
    const parsed = matter(text, { engines });
    const data: unknown = parsed.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return {
        ok: false,
        problem: { file, line: 2, message: 'front matter must be `key: value` lines.', fix: 'Start the file with ---, then lines such as `title: "…"`, then ---.' },
      };
    }
    return { ok: true, post: { data: data as Record<string, unknown>, body: parsed.content, lines: keyLines(parsed.matter ?? ''), warnings: [] } };
  } catch (error) {
    if (error instanceof AliasBombError) {
      return {
        ok: false,
        problem: { file, message: `front matter repeats YAML aliases (*name) more than ${maxAliasCount} times, as a "billion laughs" attack does; it was not read.`, fix: 'Write the values out instead of repeating anchors (&name) and aliases.' },
      };
    }
    if (error instanceof YAMLParseError) {
      // An error found at the end of the stream (an unclosed list) points at the closing `---`; name the last
      // line of front matter instead, where the author has to look.
      const lastLine = Math.max(2, (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '').split('\n').length + 1);
      const position = error.linePos?.[0];
      const line = position === undefined ? undefined : Math.min(position.line - 1 + yamlLineOffset, lastLine);
      const reason = yamlReason(error);
      return {
        ok: false,
        problem: {
          file,
          ...(line === undefined ? {} : { line }),
          message: `front matter is not valid YAML: ${reason}.`,
          fix: 'Quote values that contain a colon, # or quotes, e.g. title: "Breaking: …".',
        },
      };
    }
    throw error;
  }
}

/** The `yaml` package's message without its position (the problem carries the line) and trailing period. */
function yamlReason(error: YAMLParseError): string {
  const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1) || 'the YAML cannot be read';
}
