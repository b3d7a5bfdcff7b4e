/**
 * Where Broadsheet differs from Jekyll 4.3.1 on the oracle corpus on purpose (issue #11), each with its reason.
 * tests/integration/jekyll-differential.test.ts fails on any other difference, and on a difference listed here that
 * no longer happens (so this list never outlives its reasons). `configs` limits an entry to some configurations.
 */
import type { Field } from './compare.ts';
import type { JekyllConfigName } from './configs.ts';

export interface KnownDifference {
  readonly path: string;
  readonly fields: readonly Field[];
  readonly configs?: readonly JekyllConfigName[];
  readonly reason: string;
}

const unreadable = 'Jekyll cannot read this front matter either: it logs an error and publishes the post untitled, dated the build time, at a URL made of the whole file name, which changes at every build and no link points to. Broadsheet leaves it out with a warning (and --strict fails).';

export const knownDifferences: readonly KnownDifference[] = [
  { path: '_posts/front-matter/2025-09-05-invalid-yaml.md', fields: ['published'], reason: unreadable },
  { path: '_posts/front-matter/2025-09-05-yaml-list-not-mapping.md', fields: ['published'], reason: unreadable },
  { path: '_posts/front-matter/2025-09-05-yaml-unknown-ruby-class.md', fields: ['published'], reason: unreadable },
  {
    path: '_posts/front-matter/2025-09-02-categories-number-2013.md',
    fields: ['url', 'instant', 'title', 'categories', 'excerpt'],
    reason: "Debian's Jekyll reads YAML with Psych.safe_load, which fails on `categories: 2013`, so the post is published as unreadable (above). Upstream Jekyll reads it as [\"2013\"], and so does Broadsheet.",
  },
  { path: '_posts/front-matter/2025-09-03-tags-number-2013.md', fields: ['tags'], reason: 'Jekyll drops `tags: 2013` (a number is not a list); Broadsheet keeps it as the tag "2013", as `category: 2013` is kept.' },
  {
    path: '_posts/dates/2025-10-09-equal-to-build-time.md',
    fields: ['url', 'instant'],
    reason: "Jekyll treats a front-matter date equal to its own clock as no date at all and uses the file name's date (an artifact of how it defaults `date` to site.time). Broadsheet reads the date as written.",
  },
  {
    path: '_posts/front-matter/2025-09-02-categories-hash-and-question.md',
    fields: ['url'],
    reason: "A URL path cannot hold `?` or `#`: Jekyll writes /c#/why?/… whose own link asks for /c with a fragment. Broadsheet leaves the two characters out of the URL, with a warning.",
  },
  { path: '_posts/front-matter/2025-09-08-slug-empty.md', fields: ['url'], reason: "`slug: \"\"` makes Jekyll publish at /2025/09/08/.html (a hidden file on most hosts); Broadsheet uses the file name's slug." },
  { path: '_posts/names/2025-10-01-.md', fields: ['url', 'title'], reason: 'A file name with no slug: Jekyll publishes an untitled post at /2025/10/01/.html; Broadsheet titles it "Untitled" (with a warning) and gives it a slug.' },
  { path: '_posts/front-matter/2025-09-04-title-empty-string.md', fields: ['title'], reason: '`title: ""`: Jekyll shows no headline; a story needs one, so Broadsheet titles it from the file name, with a warning.' },
  { path: '_posts/excerpts/2018-01-04-footnote-in-first-paragraph.md', fields: ['excerpt'], reason: "The excerpt's footnote is rendered as Jekyll renders it, but its back link (↩) is left out of the excerpt's text." },
  { path: '_posts/excerpts/2018-01-05-front-matter-excerpt-markdown.md', fields: ['excerpt'], reason: 'Jekyll prints a front-matter `excerpt:` as written, markdown syntax and all; Broadsheet renders its emphasis and links.' },
  { path: '_posts/excerpts/2018-01-09-fenced-code-with-blank-line.md', fields: ['excerpt'], reason: 'The first blank line falls inside a code fence: kramdown prints the cut fence as text, markdown-it closes it as code.' },
  ...['_posts/excerpts/2018-01-10-crlf-body.md', '_posts/front-matter/2025-09-05-byte-order-mark-crlf.md', '_posts/front-matter/2025-09-05-crlf-line-ends.md'].map((path) => ({
    path,
    fields: ['excerpt'] as const,
    reason: "In a CRLF file Jekyll's \\n\\n separator never matches, so its excerpt is the whole post; Broadsheet ends it at the first blank line, as the author meant.",
  })),
  ...['_posts/front-matter/2025-09-05-blank-line-before-front-matter.md', '_posts/front-matter/2025-09-05-space-before-front-matter.md', '_posts/front-matter/2025-09-05-four-dashes-fence.md'].map((path) => ({
    path,
    fields: ['excerpt'] as const,
    reason: 'Front matter that is not front matter is body text, in both; kramdown turns its closing --- into a dash in the excerpt, markdown-it into a heading rule.',
  })),
];

/**
 * Posts that stop Jekyll's whole build (tests/jekyll/fatal) but that Broadsheet builds, on purpose. Every other
 * post there Broadsheet refuses too, naming the file and the field.
 */
export const builtWhereJekyllStops: ReadonlyArray<{ readonly path: string; readonly reason: string }> = [
  ...['_posts/2025-10-09-date-empty-string.md', '_posts/2025-10-09-date-key-without-value.md', '_posts/2025-10-09-date-null.md'].map((path) => ({
    path,
    reason: "An empty `date:` is no date: the file name's date applies, as for a post without the key (Jekyll stops with \"Invalid date ''\").",
  })),
  { path: '_posts/2025-10-09-permalink-number.md', reason: '`permalink: 42` is the path /42 (Jekyll stops: a number is not a String).' },
  { path: '_posts/2025-10-09-slug-number.md', reason: '`slug: 123` is the slug "123" (Jekyll stops: a number is not a String).' },
];
