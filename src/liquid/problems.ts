/**
 * liquidjs's errors as problems an author can act on (issue #12): the file (the post, or the include the error is
 * in), the line in that file, the tag, and what to do. liquidjs appends `, line:3, col:1` to its messages and knows
 * the position from the template's start; a post's template starts at its body's first line.
 */
import type { Problem } from '../errors.ts';
import { sitePathMark } from './tags.ts';

interface LiquidLikeError {
  readonly message: string;
  readonly token?: { getPosition?: () => [number, number]; file?: string; input?: string; getText?: () => string };
  readonly originalError?: Error;
}

const position = /, line:\d+, col:\d+$/;

/** Where the fault is, what was found and what to do, from a liquidjs message. */
function explain(message: string, tagText: string | undefined): { message: string; fix: string } {
  const tag = tagText === undefined ? '' : ` (\`${tagText.replace(/\s+/g, ' ').slice(0, 120)}\`)`;
  let match: RegExpExecArray | null;
  if ((match = /^tag "([^"]+)" not found/.exec(message)) !== null) {
    return {
      message: `Liquid: \`{% ${match[1]} %}\` is not a tag Broadsheet knows${tag}.`,
      fix: 'Check its spelling (Jekyll plugins\' tags are not available), or print it as text with {% raw %}…{% endraw %}.',
    };
  }
  if ((match = /^tag (.+) not closed/s.exec(message)) !== null) {
    const name = /{%-?\s*(\w+)/.exec(match[1] ?? '')?.[1] ?? 'block';
    return { message: `Liquid: ${match[1]} is never closed.`, fix: `Add {% end${name} %} where the block ends.` };
  }
  if ((match = /Failed to lookup "([^"]+)"/.exec(message)) !== null) {
    return {
      message: `Liquid: the include \`${match[1]}\` does not exist in _includes/${tag}.`,
      fix: `Create _includes/${match[1]}, or correct the name.`,
    };
  }
  if (/^Could not find post/.test(message) || /^Could not find document/.test(message) || /^Could not parse name of post/.test(message)) {
    const [first, ...rest] = message.split('\n');
    return { message: `Liquid: ${first ?? message}${tag}`, fix: rest.join(' ').trim() || 'Correct the name.' };
  }
  if (/^(template render limit|memory alloc limit)/i.test(message)) {
    return { message: `Liquid: the template is too costly (${message})${tag}.`, fix: 'Make its loops smaller.' };
  }
  return { message: `Liquid: ${message}${tag}.`.replace(/\.\.$/, '.'), fix: 'Correct the Liquid there, or print it as text with {% raw %}…{% endraw %}.' };
}

/**
 * A liquidjs error while rendering `sourcePath` (whose body starts at `bodyLine`), or its excerpt. An error inside
 * an include is reported at the include (`_includes/x.html:2`), and the post is named in the message.
 */
export function liquidProblem(error: unknown, sourcePath: string, bodyLine: number, part: 'body' | 'excerpt'): Problem {
  const liquidError = error as LiquidLikeError;
  const raw = (liquidError.originalError?.message ?? liquidError.message ?? String(error)).replace(position, '');
  const [line] = liquidError.token?.getPosition?.() ?? [undefined];
  const tagText = liquidError.token?.getText?.();
  const { message, fix } = explain(raw, tagText);
  const includeFile = liquidError.token?.file;
  const inExcerpt = part === 'excerpt' ? ' (in the excerpt, cut from the body at the excerpt separator)' : '';
  if (includeFile !== undefined && includeFile !== '') {
    const file = includeFile.startsWith(sitePathMark) ? includeFile.slice(sitePathMark.length) : `_includes/${includeFile}`;
    return { file, ...(line === undefined ? {} : { line }), message: `${message} Included by ${sourcePath}${inExcerpt}.`, fix };
  }
  return { file: sourcePath, ...(line === undefined ? {} : { line: bodyLine + line - 1 }), message: `${message}${inExcerpt}`, fix };
}
