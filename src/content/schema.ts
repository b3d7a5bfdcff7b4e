/**
 * The content schema: the one source of the types layouts, collections and feeds use.
 *
 * `frontMatterFields` declares every front-matter key Broadsheet understands and how its raw YAML value is read;
 * `FrontMatter` is derived from it, and `Post` is what `normalize` makes of a file. Unknown keys are allowed and
 * kept in `Post.data`; a key close to a known one is warned about.
 */
import { describeValue } from '../errors.ts';

/** Reports a problem with the field being read and returns nothing. */
export type Complain = (message: string, fix: string) => undefined;

/** Reports something odd that Jekyll accepts (issue #11): the post builds, and the author is told. */
export type Warn = (message: string, fix: string) => void;

export interface FieldReader<T> {
  readonly read: (value: unknown, complain: Complain, warn: Warn) => T | undefined;
}

const text: FieldReader<string> = {
  read(value, complain) {
    // `title: ~` or an empty `title:` is no value, as in Jekyll: the default applies.
    if (value === null) return undefined;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return complain(`must be text; found ${describeValue(value)}.`, 'Write it as a quoted string.');
  },
};

const flag: FieldReader<boolean> = {
  read(value, complain, warn) {
    if (typeof value === 'boolean') return value;
    if (value === null) return undefined;
    // YAML 1.1's booleans, which Jekyll's YAML reader (Psych) knows: `published: no` hides a post there.
    if (typeof value === 'string' && /^(y|yes|on)$/i.test(value)) return true;
    if (typeof value === 'string' && /^(n|no|off)$/i.test(value)) return false;
    // Jekyll tests `published == false`, so any other value, the text "false" included, counts as true; a post
    // that says so builds, and its author is told (issue #11).
    if (typeof value === 'string' || typeof value === 'number') {
      warn(`is ${describeValue(value)}, not true or false; it is read as true, as Jekyll reads it.`, 'Write `true` or `false` without quotes.');
      return true;
    }
    return complain(`must be true or false; found ${describeValue(value)}.`, 'Write `true` or `false` without quotes.');
  },
};

/** Dates stay text until `dates.ts` reads them with the site's time zone. */
const dateText: FieldReader<string> = {
  read(value, complain) {
    // An empty `date:` is no date, as in Jekyll: the file name's date (if any) applies.
    if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
    if (typeof value === 'string') return value.trim();
    // Jekyll reads `date: 20251009` by its digits (Time.parse of the number's text).
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return complain(
      `must be a date such as 2025-10-09, 2025-10-09T11:08:38 or 2025-10-09 11:08:38 +0100; found ${describeValue(value)}.`,
      'Write the date in one of those forms.',
    );
  },
};

function flatten(value: unknown): unknown[] {
  return Array.isArray(value) ? value.flatMap(flatten) : [value];
}

/**
 * Jekyll's `pluralized_array_from_hash`: the plural key splits a string on white space, the singular key keeps it
 * whole; lists are flattened, entries trimmed and empty ones dropped.
 */
function names(splitStrings: boolean, example: string): FieldReader<string[]> {
  return {
    read(value, complain) {
      if (value === null) return [];
      if (typeof value === 'string') {
        const parts = splitStrings ? value.split(/\s+/) : [value];
        return parts.map((part) => part.trim()).filter((part) => part !== '');
      }
      // `category: 2013` is ["2013"] in Jekyll; numbers and true/false in a list are their text.
      if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
      const items = flatten(value);
      const bad = items.find((item) => item !== null && typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean');
      if (!Array.isArray(value) || bad !== undefined) {
        return complain(
          `must be a list of names or a space-separated string; found ${describeValue(Array.isArray(value) ? bad : value)}.`,
          `Write \`${example}\`.`,
        );
      }
      return items
        .filter((item): item is string | number | boolean => item !== null)
        .map((item) => String(item).trim())
        .filter((item) => item !== '');
    },
  };
}

export const postLayouts = ['post', 'page', 'default'] as const;
export type PostLayout = (typeof postLayouts)[number];

const layout: FieldReader<PostLayout> = {
  read(value, _complain, warn) {
    // Empty, `~` or `nil`: Jekyll's default layout.
    if (value === null || value === '' || value === 'nil') return undefined;
    const known = postLayouts.find((name) => name === value);
    if (known !== undefined) return known;
    // Jekyll warns about a layout it does not have and builds the post all the same (issue #11).
    warn(`names a layout Broadsheet does not have; found ${describeValue(value)}, so the story uses \`post\`. Known layouts: ${postLayouts.join(', ')}.`, 'Use one of those, or leave `layout` out for `post`.');
    return undefined;
  },
};

export const frontMatterFields = {
  layout,
  title: text,
  date: dateText,
  author: text,
  categories: names(true, 'categories: [Technology]'),
  category: names(false, 'category: Technology'),
  tags: names(true, 'tags: [rare earths, trade]'),
  tag: names(false, 'tag: trade'),
  excerpt: text,
  excerpt_separator: text,
  description: text,
  image: text,
  image_alt: text,
  image_caption: text,
  published: flag,
  draft: flag,
  featured: flag,
  breaking: flag,
  permalink: text,
  slug: text,
  last_modified_at: dateText,
  render_with_liquid: flag,
} satisfies Record<string, FieldReader<unknown>>;

export type FrontMatterKey = keyof typeof frontMatterFields;
export type FrontMatter = {
  readonly [K in FrontMatterKey]?: (typeof frontMatterFields)[K] extends FieldReader<infer T> ? T : never;
};
export const frontMatterKeys = Object.keys(frontMatterFields) as FrontMatterKey[];

/** A category or tag as one post spells it. */
export interface Term {
  readonly name: string;
  /** Case- and punctuation-folded identity: posts whose names share a key share a page (`termKey`). */
  readonly key: string;
  /** The slug of this spelling; the term's page uses the slug of its most used spelling. */
  readonly slug: string;
}

export interface AuthorLink {
  readonly label: string;
  readonly url: string;
}

export interface Author {
  /** The key posts use in `author:`. */
  readonly key: string;
  readonly name: string;
  readonly slug: string;
  readonly bio?: string;
  /** Site-relative image path, `/assets/images/<md5>.jpg`. */
  readonly avatar?: string;
  readonly links: readonly AuthorLink[];
  /** False when a post names an author the site settings do not define. */
  readonly known: boolean;
}

export interface PostImage {
  /** Site-relative (`/assets/images/<md5>.jpg`) or an absolute http(s) URL. */
  readonly src: string;
  readonly alt: string;
  readonly caption?: string;
}

export interface Excerpt {
  /** Plain text, for meta descriptions and feeds. */
  readonly text: string;
  /** Rendered HTML, for listings. */
  readonly html: string;
}

export interface Post {
  /** Path from the site root, e.g. `posts/2025-10-09-rare-earths.md`: names the post in every message. */
  readonly sourcePath: string;
  readonly layout: PostLayout;
  readonly title: string;
  /** Jekyll's `:slug`: from `slug:` or the file name, lower-cased. */
  readonly slug: string;
  /** Publication instant. */
  readonly date: Date;
  /** The date was given without a time of day (bare date or file name): readers see the day only. */
  readonly dateOnly: boolean;
  readonly lastModified?: Date;
  readonly author?: Author;
  readonly categories: readonly Term[];
  readonly tags: readonly Term[];
  /**
   * The category and tag names exactly as Jekyll lists them (`page.categories`, `site.tags`): repeats that differ
   * only in case are kept, where `categories` and `tags` fold them into one term.
   */
  readonly names: { readonly categories: readonly string[]; readonly tags: readonly string[] };
  readonly excerpt: Excerpt;
  /** Meta description: `description`, else the excerpt's text. */
  readonly description: string;
  readonly image?: PostImage;
  readonly featured: boolean;
  /**
   * Breaking news (issue #15): `breaking: true`, or a title that opens "Breaking:" or "Breaking news:"
   * (src/content/breaking-title.ts) unless the front matter says `breaking: false`. It is shown as breaking only for
   * `breaking.hours` after its date (src/collections/breaking.ts).
   */
  readonly breaking: boolean;
  /** `draft: true` or `published: false`: only built with drafts shown. */
  readonly draft: boolean;
  readonly renderWithLiquid: boolean;
  /** Path of the page from the site root, not URL-encoded and without the path prefix: `/2025/10/09/slug/`. */
  readonly url: string;
  /** File the page is written to, relative to the output folder: `2025/10/09/slug/index.html`. */
  readonly outputPath: string;
  /** The body, front matter removed: markdown, or HTML as written (`format`). Liquid has run over it when the post asks. */
  readonly body: string;
  /** The 1-based line of the source file where the body starts: Liquid's and markdown's messages point into the file. */
  readonly bodyLine: number;
  /**
   * The excerpt separator in effect when the excerpt comes from the body (`excerpt_separator`, else the site's);
   * absent when front matter gave the `excerpt`.
   */
  readonly excerptSeparator?: string;
  /** `markdown` for Jekyll's markdown extensions (.md, .markdown, .mkdn …); `html` for a body used as written (.html). */
  readonly format: 'markdown' | 'html';
  /** Minutes a reader needs for the body (src/content/reading-time.ts), at least 1. */
  readonly readingMinutes: number;
  /** Every front-matter key as written, including ones Broadsheet does not know. */
  readonly data: Readonly<Record<string, unknown>>;
}
