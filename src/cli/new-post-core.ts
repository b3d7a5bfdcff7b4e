/**
 * `npm run new`, the pure half: reads the arguments and plans the new post's path and text. `new-post.ts` is the
 * file-system adapter that writes it.
 */
import { readDate, zonedParts } from '../content/dates.ts';
import { fallbackSlug, slugify } from '../content/slug.ts';
import { type ParsedArgs, parseArgs } from './args.ts';

export const newPostUsage =
  'Usage: npm run new -- "Headline" --category Business [--tag x --tag y] [--author key] [--date 2025-10-09T11:08:38]';

/** A failed step: `usage` failures exit with 2 and print the usage line, the others exit with 1. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly usage: boolean; readonly message: string };

export interface NewPostRequest {
  readonly title: string;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  readonly author?: string;
  /** As typed; `planNewPost` checks it with Jekyll's date rules. */
  readonly date?: string;
}

export interface NewPostContext {
  readonly now: Date;
  readonly timeZone: string;
  /** The author keys the site defines. */
  readonly authors: readonly string[];
}

export interface NewPostPlan {
  /** From the site root: `posts/2025-10-09-headline.md`. */
  readonly path: string;
  readonly text: string;
}

const valueFlags = ['category', 'tag', 'author', 'date'];
const longestSlug = 80;

const usageError = (message: string): Outcome<never> => ({ ok: false, usage: true, message });

/** Front matter holds one line per value: line breaks, control characters and runs of spaces become one space. */
export function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

function names(all: ParsedArgs['all'], flag: string): Outcome<string[]> {
  const found: string[] = [];
  for (const value of all.get(flag) ?? []) {
    const name = value === true ? '' : oneLine(value);
    if (name === '' || name.startsWith('--')) {
      const shown = value === true ? 'nothing' : JSON.stringify(value);
      return usageError(`new: \`--${flag}\` needs a name after it; found ${shown}. Write \`--${flag} "Name"\`.`);
    }
    if (!found.includes(name)) found.push(name);
  }
  return { ok: true, value: found };
}

export function readNewPostArgs(argv: readonly string[]): Outcome<NewPostRequest> {
  const { positional, flags, all } = parseArgs(argv, valueFlags);
  const unknown = [...flags.keys()].filter((flag) => !valueFlags.includes(flag));
  if (unknown.length > 0) {
    return usageError(`new: unknown option ${unknown.map((f) => `--${f}`).join(', ')}; the options are ${valueFlags.map((f) => `--${f}`).join(', ')}.`);
  }
  // Flags first: `--tag --category X` would otherwise be reported as a stray "X" next to the headline.
  const categories = names(all, 'category');
  if (!categories.ok) return categories;
  const tags = names(all, 'tag');
  if (!tags.ok) return tags;
  if (positional.length !== 1) {
    const found = positional.length === 0 ? 'none' : `${positional.length} (${positional.map((p) => JSON.stringify(p)).join(', ')})`;
    return usageError(`new: expected the headline as one quoted argument; found ${found}. Put the whole headline in quotes.`);
  }
  const title = oneLine(positional[0] ?? '');
  if (title === '') return usageError('new: the headline is empty. Write the headline in quotes as the first argument.');
  if (categories.value.length === 0) return usageError('new: `--category` is missing; every story needs a section. Add `--category Business` (or Technology, Science, World, …).');
  const single: Record<'author' | 'date', string | undefined> = { author: undefined, date: undefined };
  for (const flag of ['author', 'date'] as const) {
    const value = flags.get(flag);
    if (value === undefined) continue;
    if (value === true || value.trim() === '') return usageError(`new: \`--${flag}\` needs a value after it; found nothing. See the usage line below.`);
    single[flag] = value.trim();
  }
  return {
    ok: true,
    value: {
      title,
      categories: categories.value,
      tags: tags.value,
      ...(single.author === undefined ? {} : { author: single.author }),
      ...(single.date === undefined ? {} : { date: single.date }),
    },
  };
}

/** Long headlines make unwieldy URLs: keep whole words up to `longestSlug` characters. */
export function slugForTitle(title: string): string {
  const slug = slugify(title) || fallbackSlug('post', title);
  if (slug.length <= longestSlug) return slug;
  const cut = slug.slice(0, longestSlug + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, longestSlug)).replace(/-+$/, '');
}

const yamlWords = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

/** A name in a YAML flow list: bare when it cannot be misread, otherwise double-quoted (JSON strings are YAML). */
export function flowItem(name: string): string {
  const plain = /^\p{L}[\p{L}\p{M}\p{N} _-]*$/u.test(name) && !name.endsWith(' ') && !yamlWords.has(name.toLowerCase());
  return plain ? name : JSON.stringify(name);
}

const flowList = (items: readonly string[]): string => `[${items.map(flowItem).join(', ')}]`;

export function planNewPost(request: NewPostRequest, context: NewPostContext): Outcome<NewPostPlan> {
  let date = context.now;
  // Jekyll reads a date without an offset as UTC, so "now" is written as UTC wall-clock time.
  let dateText = context.now.toISOString().slice(0, 19);
  if (request.date !== undefined) {
    const reading = readDate(request.date, context.timeZone);
    // A new post is written plainly: what Jekyll only reads leniently (30 February, junk after the time) is refused.
    if (!reading.ok || reading.note !== undefined) {
      const reason = reading.ok ? `${JSON.stringify(request.date)} is not a plain date (${reading.note})` : reading.reason;
      return usageError(`new: \`--date\` ${reason}; expected 2025-10-09, 2025-10-09T11:08:38 (read as UTC) or "2025-10-09 11:08:38 +0100". Fix the date and run again.`);
    }
    date = reading.date;
    dateText = request.date;
  }
  if (request.author !== undefined && !context.authors.includes(request.author)) {
    return usageError(
      `new: \`--author\` ${JSON.stringify(request.author)} is not one of the site's authors (${context.authors.join(', ') || 'none defined'}). Use one of those keys, or add the author to \`authors\` in src/site.ts.`,
    );
  }
  // The file name carries the day the URL will show, which is the day in the site's time zone.
  const day = zonedParts(date, context.timeZone);
  const path = `posts/${day.year}-${day.month}-${day.day}-${slugForTitle(request.title)}.md`;
  const hint = context.authors.length === 0 ? '' : `  # one of: ${context.authors.join(', ')}`;
  const author = request.author === undefined ? `""${hint}` : JSON.stringify(request.author);
  const text = [
    '---',
    'layout: post',
    `title: ${JSON.stringify(request.title)}`,
    `date: ${dateText}`,
    `author: ${author}`,
    `categories: ${flowList(request.categories)}`,
    `tags: ${flowList(request.tags)}`,
    'excerpt: ""',
    '# image: assets/images/<md5>.jpg    (`npm run image -- path/to/photo.jpg` prints this line)',
    '# image_alt: "What the photo shows, for readers who cannot see it"',
    '---',
    '',
    'Write the story here. Until `excerpt:` is filled in, this first paragraph is the summary on listing pages.',
    '',
  ].join('\n');
  return { ok: true, value: { path, text } };
}
