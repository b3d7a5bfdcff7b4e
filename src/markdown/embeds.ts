/**
 * Wide content kept inside the column (issue #12), so no embed, table or code makes a 320 px screen scroll sideways:
 *
 * - an `<iframe>`, `<video>`, `<embed>` or `<object>` with a numeric width and height gets the class `embed` and
 *   `aspect-ratio: W / H`, so the CSS can make it as wide as the column and keep its shape; a frame with neither is
 *   taken as 16:9, a video player's shape. YouTube and Vimeo frames load lazily and, without a title, get one,
 *   which is what a screen reader announces for a frame (WCAG 4.1.2).
 * - each table gets a scroll box of its own, `<section class="table-scroll" tabindex="0" aria-label="Table">`: a
 *   named region that keyboard users can focus and scroll (WCAG 2.1.1). A `<section>`, not `<div role="region">`:
 *   the same to assistive technology, and the native element html-validate asks for. With several tables on a
 *   page the regions are numbered, as landmarks need names of their own; a table's caption is part of its name.
 * - each `<pre>` is focusable for the same reason: it scrolls its long lines (CSS in assets/css/site.css).
 *
 * The HTML is parsed (htmlparser2), never matched with regular expressions; only the tags found are rewritten, by
 * their source positions, and everything else is left byte for byte. Run on a story body after it is sanitised:
 * what this adds is its own. Pure.
 */
import { Parser } from 'htmlparser2';

interface Edit {
  readonly from: number;
  readonly to: number;
  text: string;
}

interface FoundTable {
  readonly open: Edit;
  caption: string;
}

interface Open {
  readonly name: string;
  /** What is inside scrolls with this element (a scroll box, a table, a `<pre>`): no box of its own. */
  readonly scrolls: boolean;
  readonly table?: FoundTable;
}

const embedTags = new Set(['iframe', 'video', 'embed', 'object']);
const videoHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com', 'player.vimeo.com', 'vimeo.com']);

/** `560`, `560px`: a size in CSS pixels; anything else (`100%`, empty) is none. */
function pixels(value: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value ?? '');
  const number = match === null ? 0 : Number(match[1]);
  return number > 0 ? number : undefined;
}

function isVideoHost(src: string | undefined): boolean {
  try {
    return videoHosts.has(new URL(src ?? '', 'https://invalid.invalid/').hostname);
  } catch {
    return false;
  }
}

/** An embed's attributes, fitted to the column; undefined when there is nothing to change. */
function fittedEmbed(name: string, attributes: Readonly<Record<string, string>>): Record<string, string> | undefined {
  const width = pixels(attributes['width']);
  const height = pixels(attributes['height']);
  const unsized = attributes['width'] === undefined && attributes['height'] === undefined;
  const ratio = width !== undefined && height !== undefined ? `${width} / ${height}` : name === 'iframe' && unsized ? '16 / 9' : undefined;
  const video = name === 'iframe' && isVideoHost(attributes['src']);
  if (ratio === undefined && !video) return undefined;
  const fitted = { ...attributes };
  if (ratio !== undefined) {
    const classes = (fitted['class'] ?? '').split(/\s+/).filter((name) => name !== '');
    fitted['class'] = classes.includes('embed') ? classes.join(' ') : [...classes, 'embed'].join(' ');
    const style = (fitted['style'] ?? '').trim().replace(/;\s*$/, '');
    // An aspect ratio the author wrote is theirs.
    if (!/(^|;)\s*aspect-ratio\s*:/i.test(style)) fitted['style'] = style === '' ? `aspect-ratio: ${ratio}` : `${style}; aspect-ratio: ${ratio}`;
  }
  if (video) {
    fitted['loading'] ??= 'lazy';
    if ((fitted['title'] ?? '').trim() === '') fitted['title'] = 'Embedded video';
  }
  return fitted;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function openTag(name: string, attributes: Readonly<Record<string, string>>): string {
  const written = Object.entries(attributes).map(([key, value]) => (value === '' ? ` ${key}` : ` ${key}="${escapeAttribute(value)}"`));
  return `<${name}${written.join('')}>`;
}

/** The scroll box's accessible name: `Table`, or `Table 2` among several, with the caption after a colon. */
function regionName(table: FoundTable, index: number, count: number): string {
  const name = count === 1 ? 'Table' : `Table ${index + 1}`;
  const caption = table.caption.replace(/\s+/g, ' ').trim();
  return caption === '' ? name : `${name}: ${caption}`;
}

/** A story body with its embeds, tables and code blocks fitted to the column (see above). */
export function fitWideContent(html: string): string {
  // Most story bodies hold none of these: not parsed at all.
  if (!/<(iframe|video|embed|object|table|pre)\b/i.test(html)) return html;
  const edits: Edit[] = [];
  const tables: FoundTable[] = [];
  const open: Open[] = [];
  let caption: FoundTable | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      const inScrollBox = open.some((element) => element.scrolls);
      const tag = { from: parser.startIndex, to: parser.endIndex + 1 };
      let table: FoundTable | undefined;
      if (embedTags.has(name)) {
        const fitted = fittedEmbed(name, attributes);
        if (fitted !== undefined) edits.push({ ...tag, text: openTag(name, fitted) });
      } else if (name === 'pre' && !open.some((element) => element.name === 'pre') && attributes['tabindex'] === undefined) {
        edits.push({ ...tag, text: openTag(name, { ...attributes, tabindex: '0' }) });
      } else if (name === 'table' && !inScrollBox) {
        table = { open: { from: tag.from, to: tag.from, text: '' }, caption: '' };
        tables.push(table);
        edits.push(table.open);
      } else if (name === 'caption') {
        caption = open.findLast((element) => element.name === 'table')?.table;
      }
      const box = (attributes['class'] ?? '').split(/\s+/).includes('table-scroll');
      open.push({ name, scrolls: box || name === 'table' || name === 'pre', ...(table === undefined ? {} : { table }) });
    },
    ontext(text) {
      if (caption !== undefined) caption.caption += text;
    },
    onclosetag(name, implied) {
      const element = open.pop();
      if (name === 'caption') caption = undefined;
      // A table closed by its parent's end tag, or by the end of the body, is closed there.
      if (element?.table !== undefined) edits.push({ from: implied ? parser.startIndex : parser.endIndex + 1, to: implied ? parser.startIndex : parser.endIndex + 1, text: '</section>' });
    },
  });
  parser.write(html);
  parser.end();
  tables.forEach((table, index) => {
    table.open.text = `<section class="table-scroll" tabindex="0" aria-label="${escapeAttribute(regionName(table, index, tables.length))}">`;
  });
  // Stable: at one position, a table's close comes before the next one's open, as they were found.
  edits.sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += html.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return out + html.slice(at);
}
