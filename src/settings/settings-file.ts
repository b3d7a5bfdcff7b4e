/**
 * The JSON settings file named by BROADSHEET_SITE, parsed. JSON.parse's messages do not always say where (Node 20:
 * `Unexpected token '}', "{"a": }" is not valid JSON`), so the place is found by `jsonErrorOffset` and given as a
 * line and column: the line goes into the problem, where an editor can jump to it.
 */
import { describeValue, type Problem } from '../errors.ts';

export type SettingsFile = { readonly ok: true; readonly overrides: Record<string, unknown> } | { readonly ok: false; readonly problem: Problem };

export function parseSettingsFile(text: string, file: string): SettingsFile {
  const json = text.replace(/^\uFEFF/, ''); // editors on Windows start UTF-8 files with a byte-order mark
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    const offset = jsonErrorOffset(json) ?? json.length;
    const { line, column } = lineAndColumn(json, offset);
    const reason = (error as Error).message
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '');
    return {
      ok: false,
      problem: {
        file,
        line,
        message: `is not valid JSON: ${reason} at line ${line}, column ${column} (position ${offset}).`,
        fix: 'Fix the JSON there (a missing comma or quote, or a comma before `}`, is the usual cause), or unset BROADSHEET_SITE to use src/site.ts.',
      },
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: { file, message: `must be one JSON object of settings; found ${describeValue(parsed)}.`, fix: 'Write it as {"title": "…", "timeZone": "…"}.' } };
  }
  return { ok: true, overrides: parsed as Record<string, unknown> };
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const whiteSpace = new Set([' ', '\t', '\n', '\r']);
const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Where `text` stops being JSON (RFC 8259), or undefined when it is JSON. Iterative, so a file of a million `[`
 * does not overflow the stack.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const open: Array<'{' | '['> = [];
  let i = 0;
  const skip = (): void => {
    while (i < text.length && whiteSpace.has(text[i]!)) i++;
  };
  /** Reads the string at `i`; false (with `i` at the fault) when it is broken. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c !== 0x5c) {
        i++;
        continue;
      }
      const escape = text[i + 1];
      if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
      else return false;
    }
    return false;
  };
  /** After `{` or `,` in an object: a key and its colon. */
  const key = (): boolean => {
    skip();
    if (!string()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  let wantValue = true;
  for (;;) {
    skip();
    if (wantValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          wantValue = false;
        } else {
          open.push(c);
          if (c === '{' && !key()) return i;
        }
        continue;
      }
      if (c === '"') {
        if (!string()) return i;
      } else {
        literal.lastIndex = i;
        const match = literal.exec(text);
        if (match === null) return i;
        i += match[0].length;
      }
      wantValue = false;
      continue;
    }
    const inside = open.at(-1);
    if (inside === undefined) return i < text.length ? i : undefined;
    if (text[i] === ',') {
      i++;
      if (inside === '{' && !key()) return i;
      wantValue = true;
    } else if (text[i] === (inside === '{' ? '}' : ']')) {
      i++;
      open.pop();
    } else {
      return i;
    }
  }
}
