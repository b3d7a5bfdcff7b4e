/**
 * The only reader of raw front matter: turns one markdown file into a `Post`, or into the problems that stop it.
 * Pure: file existence is asked through `fileExists`, so tests run without a file system.
 */
import path from 'node:path';
import type { Problem } from '../errors.ts';
import type { Markdown } from '../markdown/create-markdown.ts';
import { isProtocolRelative } from '../urls/safe-url.ts';
import { assetUrl, expandPermalink, outputPathFor, permalinkStyles } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import { midnightIn, readDate, splitDatedFileName, zonedParts } from './dates.ts';
import { hasBreakingLabel } from './breaking-title.ts';
import { readExcerpt } from './excerpt.ts';
import { readingMinutes } from './reading-time.ts';
import { splitFrontMatter } from './front-matter.ts';
import { type Author, type FrontMatter, type FrontMatterKey, frontMatterFields, frontMatterKeys, type Post, type PostImage, type Term } from './schema.ts';
import { fallbackSlug, slugify, termKey, termSlug, titleFromSlug } from './slug.ts';
import { likelyKey } from './suggest.ts';
import { isSafeUrl, schemeOf } from '../urls/safe-url.ts';

export interface SourceFile {
  /** Path from the site root, with forward slashes: `posts/2025-10-09-rare-earths.md`. */
  readonly path: string;
  readonly text: string;
  /** Categories from the folders above a Jekyll `_posts/` folder (`news/_posts/x.md`: `news`), before its own. */
  readonly categories?: readonly string[];
  /** How the body becomes HTML: markdown, or as written (Jekyll's `.html` posts). Default markdown. */
  readonly format?: 'markdown' | 'html';
  /** A Jekyll `_posts/` file: front matter that cannot be read leaves the post out with a warning, as the build goes on. */
  readonly lenient?: boolean;
  /** A Jekyll `_drafts/` file (issue #12): the post is a draft, whatever its front matter says. */
  readonly draft?: boolean;
  /** The file's modification time: a Jekyll draft's date when neither `date:` nor its name gives one (issue #12). */
  readonly mtime?: Date;
}

export interface NormalizeContext {
  readonly site: Site;
  readonly md: Markdown;
  /** Whether a site-relative file (`assets/images/x.jpg`) exists. */
  readonly fileExists: (sitePath: string) => boolean;
}

export interface Normalized {
  readonly post?: Post;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** Keys that are neither ours nor worth a warning: Jekyll and common theme keys. */
const quietKeys = new Set(['comments', 'share', 'redirect_from', 'redirect_to', 'lang', 'sitemap', 'hidden', 'toc', 'math', 'mermaid', 'pin', 'rating', 'beforetoc', 'subtitle', 'header', 'seo', 'canonical_url', 'image_credit', 'sticky']);

/** A post's categories or tags: one term per key (first spelling kept), in the order written. */
export function termsFrom(names: readonly string[], kind: 'category' | 'tag'): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const name of names) {
    const key = termKey(name, kind);
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ name, key, slug: termSlug(name, kind) });
  }
  return terms;
}

/**
 * `:categories` as Jekyll spells it in a post's URL: every name lower-cased and otherwise as written, duplicates
 * removed, joined by `/` (`Build Service` → `build service`, percent-encoded in links), so imported posts keep their
 * URLs. Section pages keep clean slugs; only the post's own URL follows Jekyll.
 */
export function jekyllCategoryPath(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.toLowerCase()))];
}

/**
 * `?` and `#` cannot stand in a URL path (Jekyll writes `/why?/`, whose link asks for the folder `/why` with a query),
 * so they are left out of the post's URL; the category keeps its name.
 */
function urlSafeCategories(names: readonly string[]): { parts: string[]; dropped: boolean } {
  const parts = jekyllCategoryPath(names).map((name) => name.replace(/[?#]/g, '')).filter((name) => name !== '');
  return { parts, dropped: names.some((name) => /[?#]/.test(name)) };
}

export function authorFor(key: string, site: Site): Author {
  const settings = site.authors[key];
  const slug = termSlug(key, 'author');
  if (settings === undefined) return { key, name: key, slug, links: [], known: false };
  return {
    key,
    name: settings.name,
    slug,
    ...(settings.bio === undefined ? {} : { bio: settings.bio }),
    ...(settings.avatar === undefined ? {} : { avatar: assetUrl(settings.avatar) }),
    links: settings.links ?? [],
    known: true,
  };
}

/** An absolute http(s) image URL, as the layouts recognise one (`https://` and a host, with nothing before it). */
function isRemoteImage(src: string): boolean {
  return /^https?:\/\/[^/\\\s]/i.test(src) && isSafeUrl(src, ['http', 'https']);
}

/**
 * Why a lead image's `image:` cannot become an `<img src>`, `og:image` and JSON-LD image (issue #10), or undefined:
 * it must be an absolute http(s) URL or a path inside the site. Refused, however spelled: other schemes
 * (`javascript:`, `data:`, `vbscript:`, `file:`), protocol-relative `//host/x.jpg` (another site's file, which the
 * layouts would take for a site path), backslashes and control characters, and `..` segments.
 */
export function imageSourceProblem(src: string): { readonly message: string; readonly fix: string } | undefined {
  if (isRemoteImage(src)) return undefined;
  const found = JSON.stringify(src);
  if (isProtocolRelative(src)) {
    return {
      message: `is protocol-relative (${found}): it names a file on another site without saying how to fetch it.`,
      fix: 'Write the whole URL, `image: https://…`, or a path inside the site such as `assets/images/<md5>.jpg`.',
    };
  }
  const message = `must be a site-relative path or an http(s) URL; found ${found}.`;
  if (src.split('/').includes('..')) return { message, fix: 'Write a path inside the site, without ".." segments, such as `assets/images/<md5>.jpg`.' };
  // eslint-disable-next-line no-control-regex
  if (schemeOf(src) !== undefined || !isSafeUrl(src) || /[\\\u0000-\u001f\u007f]/.test(src)) {
    return { message, fix: 'Write `image: assets/images/<md5>.jpg` (npm run image -- photo.jpg prints it).' };
  }
  return undefined;
}

/** The 1-based line of the file where the body starts (after the front matter), for messages about the body. */
function lineOfBody(text: string, body: string): number {
  const start = text.endsWith(body) ? text.length - body.length : 0;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function normalizePost(file: SourceFile, context: NormalizeContext): Normalized {
  const { site, md } = context;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const split = splitFrontMatter(file.path, file.text);
  if (!split.ok && file.lenient === true) {
    // Jekyll logs front matter it cannot read and publishes the post anyway, untitled, at a URL made of the build
    // time; nobody's links point there. An imported site's build goes on without it, with a warning (issue #11).
    return { problems: [], warnings: [{ ...split.problem, message: `${split.problem.message} The post is left out (Jekyll would publish it without its front matter).` }] };
  }
  if (!split.ok) return { problems: [split.problem], warnings };
  const { data, body, lines, quoted } = split.post;
  warnings.push(...split.post.warnings);

  const at = (field: string): Pick<Problem, 'file' | 'field' | 'line'> => {
    const line = lines.get(field);
    return { file: file.path, field, ...(line === undefined ? {} : { line }) };
  };
  const problem = (field: string, message: string, fix: string): undefined => {
    problems.push({ ...at(field), message, fix });
    return undefined;
  };

  const fm: Partial<Record<FrontMatterKey, unknown>> = {};
  for (const key of frontMatterKeys) {
    if (!(key in data)) continue;
    fm[key] = frontMatterFields[key].read(
      data[key],
      (message, fix) => problem(key, message, fix),
      (message, fix) => warnings.push({ ...at(key), message, fix }),
    );
  }
  const front = fm as FrontMatter;
  for (const key of Object.keys(data)) {
    if ((frontMatterKeys as string[]).includes(key) || quietKeys.has(key)) continue;
    const likely = likelyKey(key, frontMatterKeys);
    if (likely !== undefined) {
      warnings.push({ ...at(key), message: `is not a key Broadsheet knows; it looks like \`${likely}\`.`, fix: `Rename it to \`${likely}\` (or ignore this if it is a custom key).` });
    }
  }

  const fromName = splitDatedFileName(path.posix.basename(file.path).replace(/\.[^.]+$/, ''));
  let date: Date | undefined;
  let dateOnly = false;
  const dateFix = 'Write 2025-10-09, 2025-10-09T11:08:38 (read as UTC) or 2025-10-09 11:08:38 +0100.';
  if (front.date !== undefined) {
    const reading = readDate(front.date, site.timeZone, { quoted: quoted.has('date') });
    if (reading.ok) {
      date = reading.date;
      dateOnly = reading.form === 'bare';
      // Jekyll read something odd leniently (junk after the time, an unknown zone name): the post builds as there.
      if (reading.note !== undefined) warnings.push({ ...at('date'), message: reading.note });
    } else problem('date', `${reading.reason}.`, dateFix);
  } else if (fromName.date !== undefined) {
    date = midnightIn(fromName.date.year, fromName.date.month, fromName.date.day, site.timeZone);
    dateOnly = true;
    if (fromName.note !== undefined) warnings.push({ file: file.path, field: 'date', message: fromName.note });
  } else if (fromName.problem !== undefined) {
    problems.push({ ...at('date'), message: `is missing, and ${fromName.problem}.`, fix: 'Give the file name a real date, or add `date:` to the front matter.' });
  } else if (file.mtime !== undefined) {
    // Jekyll 4.3 `Document#date`: a draft with no date is dated by its file's modification time (issue #12).
    date = file.mtime;
  } else if (!problems.some((p) => p.field === 'date')) {
    problems.push({
      ...at('date'),
      message: `is ${'date' in data ? 'empty' : 'missing'}, and the file name does not start with a date.`,
      fix: 'Add `date: 2025-10-09T11:08:38` to the front matter or name the file 2025-10-09-slug.md.',
    });
  }

  let lastModified: Date | undefined;
  if (front.last_modified_at !== undefined) {
    const reading = readDate(front.last_modified_at, site.timeZone, { quoted: quoted.has('last_modified_at') });
    if (reading.ok) lastModified = reading.date;
    else problem('last_modified_at', `${reading.reason}.`, 'Write it like `date`, e.g. 2025-10-10T09:00:00+01:00.');
  }

  // Jekyll: "slugs shouldn't end with a period" (Document#populate_title), so `trailing-dots...md` is `trailing-dots`.
  const fileSlug = fromName.slug.replace(/\.+$/, '');
  const nameSlug = front.slug ?? fileSlug;
  let title = front.title;
  if (title === undefined || title === '') {
    // Jekyll's populate_title titleizes the file name's slug, not `slug:` (issue #2).
    title = titleFromSlug(fileSlug);
    if (title.trim() === '') {
      // Jekyll publishes it with an empty title; a story needs a headline, so it is "Untitled" here.
      title = 'Untitled';
      warnings.push({ ...at('title'), message: 'is missing, and the file name has no words to make one from; the story is titled "Untitled".', fix: 'Add `title: "…"` to the front matter.' });
    } else warnings.push({ file: file.path, field: 'title', message: `is missing; using ${JSON.stringify(title)} from the file name.`, fix: 'Add `title: "…"` to the front matter.' });
  }
  const slug = slugify(nameSlug) || slugify(title ?? '') || fallbackSlug('post', file.path);
  const titleSlug = slugify(nameSlug, 'pretty', true) || slug;

  // Jekyll's singular key wins when it holds something; an empty `category:` falls back to `categories`.
  // Jekyll's populate_categories: the folders above `_posts/`, then `categories`, then `category` (exact repeats
  // dropped); populate_tags: `tag` wins over `tags` when it holds something.
  const categoryNames = [...new Set([...(file.categories ?? []), ...(front.categories ?? []), ...(front.category ?? [])])];
  const categories = termsFrom(categoryNames, 'category');
  const tagNames = [...new Set(front.tag?.length ? front.tag : (front.tags ?? []))];
  const tags = termsFrom(tagNames, 'tag');

  let author: Author | undefined;
  if (front.author !== undefined && front.author !== '') {
    author = authorFor(front.author, site);
    if (!author.known) {
      const known = Object.keys(site.authors);
      warnings.push({ ...at('author'), message: `${JSON.stringify(front.author)} is not one of the site's authors (${known.join(', ') || 'none defined'}); showing it as written.`, fix: 'Add the author to `authors` in src/site.ts or use one of those keys.' });
    }
  }

  let image: PostImage | undefined;
  if (front.image !== undefined && front.image !== '') {
    const src = front.image;
    const remote = isRemoteImage(src);
    const unsafe = imageSourceProblem(src);
    if (unsafe !== undefined) {
      problem('image', unsafe.message, unsafe.fix);
    } else if (!remote && !context.fileExists(src.replace(/^\/+/, ''))) {
      // Jekyll does not check lead images, and one missing photo must not stop a news desk's every other story
      // (issue #11): the story is published without it; `--strict` makes this, like every warning, a failure.
      warnings.push({ ...at('image'), message: `names ${JSON.stringify(src)}, which does not exist; the story is published without a lead image.`, fix: 'Add the file with `npm run image -- path/to/photo.jpg` and use the `image:` line it prints.' });
    } else {
      image = {
        src: remote ? src : assetUrl(src),
        alt: front.image_alt ?? '',
        ...(front.image_caption === undefined ? {} : { caption: front.image_caption }),
      };
    }
  }

  const excerptSeparator = front.excerpt_separator ?? site.excerptSeparator;
  const excerpt = readExcerpt(md, { frontMatter: front.excerpt, body, separator: excerptSeparator });

  // Jekyll writes a post that is not converted (`.html`, `.text`) with its own extension.
  const outputExt = file.format === 'html' ? path.posix.extname(file.path).toLowerCase() || '.html' : '.html';
  let url: string | undefined;
  if (date !== undefined) {
    const categoryPath = urlSafeCategories(categoryNames);
    // A post's own `permalink:` is a path pattern, never a style name: Jekyll publishes `permalink: pretty` at /pretty.
    const pattern = front.permalink === undefined ? site.permalink : front.permalink in permalinkStyles ? `/${front.permalink}` : front.permalink;
    const expansion = expandPermalink(pattern, {
      parts: zonedParts(date, site.timeZone),
      title: titleSlug,
      slug,
      categories: categoryPath.parts,
      outputExt,
    });
    if (categoryPath.dropped && /:categories/.test(pattern)) {
      warnings.push({ ...at('categories'), message: 'has a category with `?` or `#`, which a URL path cannot hold; they are left out of the story\'s URL.', fix: 'Rename the category, or give the post a `permalink:`.' });
    }
    if (expansion.ok) url = expansion.url;
    else if (front.permalink !== undefined) problem('permalink', `${expansion.reason}.`, expansion.fix);
    // The site's pattern was checked when the settings were read, so the post's own values are at fault.
    else problem('slug', `makes an unusable URL: ${expansion.reason}.`, 'Give the post a `slug:` made of letters, digits and hyphens.');
  }

  if (problems.length > 0 || date === undefined || url === undefined || title === undefined) return { problems, warnings };
  const post: Post = {
    sourcePath: file.path,
    layout: front.layout ?? 'post',
    title,
    slug,
    date,
    dateOnly,
    ...(lastModified === undefined ? {} : { lastModified }),
    ...(author === undefined ? {} : { author }),
    categories,
    tags,
    names: { categories: categoryNames, tags: tagNames },
    excerpt,
    description: front.description ?? excerpt.text,
    ...(image === undefined ? {} : { image }),
    featured: front.featured ?? false,
    // A desk's "Breaking:" headline flags the story; `breaking: false` keeps such a headline an ordinary story.
    breaking: front.breaking ?? hasBreakingLabel(title),
    // Jekyll publishes a post unless `published` is false or empty (`published: ~`).
    // A Jekyll `_drafts/` file is a draft too (issue #12).
    draft: file.draft === true || front.draft === true || front.published === false || ('published' in data && data['published'] === null),
    // Jekyll runs Liquid over every post unless it says `render_with_liquid: false`; a site can say so for all.
    renderWithLiquid: front.render_with_liquid ?? site.bodies.liquid,
    url,
    outputPath: outputPathFor(url, outputExt),
    body,
    bodyLine: lineOfBody(file.text, body),
    ...(front.excerpt === undefined ? { excerptSeparator } : {}),
    format: file.format ?? 'markdown',
    readingMinutes: readingMinutes(body),
    data,
  };
  return { post, problems, warnings };
}
