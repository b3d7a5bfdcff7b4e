/**
 * Story HTML in feeds gets absolute URLs (issue #5). Readers show items away from the site and resolve a relative
 * `href` against the feed, or not at all; the RSS Best Practices Profile asks for absolute URLs in item HTML. The
 * HTML is parsed (htmlparser2) and only the URL attributes found are rewritten, by their source positions.
 */
import { Parser } from 'htmlparser2';
import { escapeHtml } from '../images/picture.ts';

const urlAttributes = new Set(['href', 'src', 'poster', 'srcset']);

/** Values with a scheme (`https:`, `mailto:`, `data:`) are left alone. */
const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

function resolve(value: string, base: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || hasScheme.test(trimmed)) return value;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return value;
  }
}

/** `a.jpg 640w, /b.jpg 2x`: each candidate's URL resolved, its descriptor kept. */
function resolveSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => candidate.trim())
    .filter((candidate) => candidate !== '')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.split(/\s+/);
      return [resolve(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

/** `html` with every relative `href`, `src`, `poster` and `srcset` resolved against `base`, the story's URL. */
export function absoluteLinks(html: string, base: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const parser = new Parser({
    onattribute(name, value) {
      if (!urlAttributes.has(name)) return;
      const resolved = name === 'srcset' ? resolveSrcset(value, base) : resolve(value, base);
      // Only changed attributes are rewritten; `endIndex` is just past the attribute (its closing quote included).
      if (resolved !== value) edits.push({ start: parser.startIndex, end: parser.endIndex, text: `${name}="${escapeHtml(resolved)}"` });
    },
  });
  parser.write(html);
  parser.end();
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}
