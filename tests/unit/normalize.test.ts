/**
 * `normalizePost`, the one reader of raw front matter (issue #2): title, author, image, layout, drafts, the keys it
 * honours and the ones it keeps or warns about. Dates, terms, excerpts and URLs have their own files.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizePost } from '../../src/content/normalize.ts';
import { formatProblem } from '../../src/errors.ts';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { markdown, normalize, postFrom, problemsOf, siteIn, warningsOf } from './support.ts';

const dated = 'posts/2025-10-09-rare-earths.md';

describe('title', () => {
  test('is the front-matter value, trimmed', () => {
    assert.equal(postFrom(dated, markdown(['title: "  Rare earths: new export rules  "'])).title, 'Rare earths: new export rules');
    assert.deepEqual(warningsOf(dated, markdown(['title: Rare earths'])), []);
  });

  test('missing means the title made from the file name slug, with a warning', () => {
    const result = normalize(dated, markdown(['author: badely']));
    assert.equal(result.post?.title, 'Rare Earths');
    assert.deepEqual(result.warnings, [
      { file: dated, field: 'title', message: 'is missing; using "Rare Earths" from the file name.', fix: 'Add `title: "…"` to the front matter.' },
    ]);
  });

  test('an empty title is treated as missing', () => {
    assert.equal(postFrom(dated, markdown(['title: ""'])).title, 'Rare Earths');
  });

  test('missing means the file name slug even when `slug:` is set, as Jekyll does', () => {
    assert.equal(postFrom(dated, markdown(['slug: export-curbs'])).title, 'Rare Earths');
  });

  test('a number is shown as written', () => {
    assert.equal(postFrom(dated, markdown(['title: 2025'])).title, '2025');
  });

  test('a list is a problem', () => {
    assert.deepEqual(problemsOf(dated, markdown(['title: [a, b]'])), [`${dated}:2: \`title\` must be text; found a list of 2 items. Write it as a quoted string.`]);
  });

  // Issue #11: Jekyll publishes such a post; it needs a headline here, so it is "Untitled", with a warning.
  test('no title and no words in the file name is a warning, and the story is "Untitled"', () => {
    assert.equal(postFrom('posts/2025-10-09.md', markdown([])).title, 'Untitled');
    assert.deepEqual(warningsOf('posts/2025-10-09.md', markdown([])), [
      'posts/2025-10-09.md: `title` is missing, and the file name has no words to make one from; the story is titled "Untitled". Add `title: "…"` to the front matter.',
    ]);
  });
});

describe('author', () => {
  const site = siteIn('UTC');

  test('is a key into the site authors', () => {
    assert.deepEqual(postFrom(dated, markdown(['title: X', 'author: badely']), { site }).author, {
      key: 'badely', name: 'Bea Adeley', slug: 'badely', avatar: '/assets/images/bea.jpg', links: [], known: true,
    });
  });

  test('an unknown key is shown as written, with a warning naming the known ones', () => {
    const result = normalize(dated, markdown(['title: X', 'author: Jane Doe']), { site });
    assert.deepEqual(result.post?.author, { key: 'Jane Doe', name: 'Jane Doe', slug: 'jane-doe', links: [], known: false });
    assert.deepEqual(result.warnings, [
      {
        file: dated, field: 'author', line: 3,
        message: '"Jane Doe" is not one of the site\'s authors (badely, lchen); showing it as written.',
        fix: 'Add the author to `authors` in src/site.ts or use one of those keys.',
      },
    ]);
  });

  test('no author means none', () => {
    assert.equal('author' in postFrom(dated, markdown(['title: X'])), false);
    assert.equal('author' in postFrom(dated, markdown(['title: X', 'author: ""'])), false);
  });
});

describe('image', () => {
  const files = ['assets/images/abc.jpg'];

  test('a site-relative path to a file that exists', () => {
    const post = postFrom(dated, markdown(['title: X', 'image: assets/images/abc.jpg', 'image_alt: Ore on a conveyor', 'image_caption: A mine in Bayan Obo.']), { files });
    assert.deepEqual(post.image, { src: '/assets/images/abc.jpg', alt: 'Ore on a conveyor', caption: 'A mine in Bayan Obo.' });
  });

  test('a leading slash is allowed and the file is looked up without it', () => {
    const asked: string[] = [];
    const fileExists = (sitePath: string): boolean => (asked.push(sitePath), files.includes(sitePath));
    assert.deepEqual(postFrom(dated, markdown(['title: X', 'image: /assets/images/abc.jpg']), { fileExists }).image, { src: '/assets/images/abc.jpg', alt: '' });
    assert.deepEqual(asked, ['assets/images/abc.jpg']);
  });

  // Issue #11: Jekyll does not check lead images; one missing photo must not stop every other story.
  test('a file that does not exist is a warning, and the story is published without it', () => {
    const text = markdown(['title: X', 'image: assets/images/missing.jpg']);
    assert.equal(postFrom(dated, text, { files }).image, undefined);
    assert.deepEqual(warningsOf(dated, text, { files }), [
      `${dated}:3: \`image\` names "assets/images/missing.jpg", which does not exist; the story is published without a lead image. Add the file with \`npm run image -- path/to/photo.jpg\` and use the \`image:\` line it prints.`,
    ]);
  });

  test('`..` paths are rejected without asking the file system', () => {
    const asked: string[] = [];
    const fileExists = (sitePath: string): boolean => (asked.push(sitePath), true);
    for (const src of ['../secret.jpg', 'assets/../../etc/passwd', '/assets/images/../../../x.jpg']) {
      const result = normalize(dated, markdown(['title: X', `image: ${src}`]), { fileExists });
      assert.deepEqual(result.problems.map((p) => p.message), [`must be a site-relative path or an http(s) URL; found ${JSON.stringify(src)}.`]);
    }
    assert.deepEqual(asked, []);
  });

  test('other schemes are rejected', () => {
    assert.deepEqual(problemsOf(dated, markdown(['title: X', 'image: file:///etc/passwd'])), [
      `${dated}:3: \`image\` must be a site-relative path or an http(s) URL; found "file:///etc/passwd". Write \`image: assets/images/<md5>.jpg\` (npm run image -- photo.jpg prints it).`,
    ]);
  });

  test('an absolute http(s) URL is kept as is', () => {
    assert.deepEqual(postFrom(dated, markdown(['title: X', 'image: https://cdn.example.com/a.jpg'])).image, { src: 'https://cdn.example.com/a.jpg', alt: '' });
  });
});

describe('layout', () => {
  test('is post by default', () => {
    assert.equal(postFrom(dated, markdown(['title: X'])).layout, 'post');
  });

  test('page and default are known', () => {
    assert.equal(postFrom(dated, markdown(['title: X', 'layout: page'])).layout, 'page');
    assert.equal(postFrom(dated, markdown(['title: X', 'layout: default'])).layout, 'default');
  });

  // Issue #11: Jekyll warns about a layout it does not have and builds the post.
  test('an unknown layout is a warning listing the known ones, and the story uses `post`', () => {
    const text = markdown(['title: X', 'layout: gallery']);
    assert.equal(postFrom(dated, text).layout, 'post');
    assert.deepEqual(warningsOf(dated, text), [
      `${dated}:3: \`layout\` names a layout Broadsheet does not have; found "gallery" (text), so the story uses \`post\`. Known layouts: post, page, default. Use one of those, or leave \`layout\` out for \`post\`.`,
    ]);
  });

  test('an empty, ~ or nil layout is the default, as in Jekyll', () => {
    for (const value of ['', '~', 'nil']) assert.equal(postFrom(dated, markdown(['title: X', `layout: ${value}`])).layout, 'post', value);
  });

  test('numbers and true/false are names (Jekyll: `category: 2013` is "2013"); ~ as title is no title', () => {
    const post = postFrom(dated, markdown(['category: 2013', 'tags: [1, 2.5, true, null]', 'title: ~']));
    assert.deepEqual(post.categories.map((t) => t.name), ['2013']);
    assert.deepEqual(post.tags.map((t) => t.name), ['1', '2.5', 'true']);
    assert.equal(post.title, 'Rare Earths');
  });
});

describe('drafts', () => {
  test('published: false is a draft', () => {
    assert.equal(postFrom(dated, markdown(['title: X', 'published: false'])).draft, true);
  });

  test('draft: true is a draft', () => {
    assert.equal(postFrom(dated, markdown(['title: X', 'draft: true'])).draft, true);
  });

  test('published: true, draft: false or neither is not a draft', () => {
    assert.equal(postFrom(dated, markdown(['title: X', 'published: true'])).draft, false);
    assert.equal(postFrom(dated, markdown(['title: X', 'draft: false'])).draft, false);
    assert.equal(postFrom(dated, markdown(['title: X'])).draft, false);
  });

  // Issue #11: Jekyll hides a post only when `published` is false; the text "no" or "false" publishes it.
  test('published: "false" (text) publishes the post, as in Jekyll, with a warning', () => {
    const text = markdown(['title: X', 'published: "false"']);
    assert.equal(postFrom(dated, text).draft, false);
    assert.deepEqual(warningsOf(dated, text), [`${dated}:3: \`published\` is "false" (text), not true or false; it is read as true, as Jekyll reads it. Write \`true\` or \`false\` without quotes.`]);
  });

  test('published: no and published: ~ hide the post, as Jekyll (YAML 1.1) reads them', () => {
    assert.equal(postFrom(dated, markdown(['title: X', 'published: no'])).draft, true);
    assert.equal(postFrom(dated, markdown(['title: X', 'published: ~'])).draft, true);
    assert.equal(postFrom(dated, markdown(['title: X', 'published: yes'])).draft, false);
  });
});

describe('keys that are honoured', () => {
  test('description is the meta description', () => {
    assert.equal(postFrom(dated, markdown(['title: X', 'description: Beijing tightens exports.'], 'First paragraph.')).description, 'Beijing tightens exports.');
  });

  test('without description, the meta description is the excerpt text', () => {
    assert.equal(postFrom(dated, markdown(['title: X'], 'First *paragraph*.\n\nSecond.')).description, 'First paragraph.');
  });

  test('featured', () => {
    assert.equal(postFrom(dated, markdown(['title: X', 'featured: true'])).featured, true);
    assert.equal(postFrom(dated, markdown(['title: X'])).featured, false);
  });

  test('slug sets :slug and :title in the URL', () => {
    const post = postFrom(dated, markdown(['title: X', 'slug: Export-Curbs']));
    assert.deepEqual({ slug: post.slug, url: post.url }, { slug: 'export-curbs', url: '/2025/10/09/Export-Curbs/' });
  });

  test('permalink wins over the site permalink', () => {
    assert.equal(postFrom(dated, markdown(['title: X', 'permalink: /special/rare-earths/'])).url, '/special/rare-earths/');
  });

  test('Liquid runs unless the post or the site says `render_with_liquid: false` (Jekyll\'s default)', () => {
    assert.equal(postFrom(dated, markdown(['title: X'])).renderWithLiquid, true);
    assert.equal(postFrom(dated, markdown(['title: X', 'render_with_liquid: false'])).renderWithLiquid, false);
    const quiet = siteIn('UTC', { bodies: { ...siteIn('UTC').bodies, liquid: false } });
    assert.equal(postFrom(dated, markdown(['title: X']), { site: quiet }).renderWithLiquid, false);
    assert.equal(postFrom(dated, markdown(['title: X', 'render_with_liquid: true']), { site: quiet }).renderWithLiquid, true);
  });

  test('the body is the markdown after the front matter', () => {
    assert.equal(postFrom(dated, markdown(['title: X'], 'One.\n\nTwo.\n')).body, 'One.\n\nTwo.\n');
  });
});

describe('unknown keys', () => {
  test('are kept in post.data as written, with the known ones', () => {
    const post = postFrom(dated, markdown(['title: X', 'subtitle_color: "#c00"', 'series: [rare earths, 2]']));
    assert.deepEqual(post.data, { title: 'X', subtitle_color: '#c00', series: ['rare earths', 2] });
  });

  test('a misspelt known key is warned about with the likely name and its line', () => {
    const result = normalize(dated, markdown(['title: X', 'categroies: [Technology]']));
    assert.deepEqual(result.post?.categories, []);
    assert.deepEqual(result.warnings, [
      {
        file: dated, field: 'categroies', line: 3,
        message: 'is not a key Broadsheet knows; it looks like `categories`.',
        fix: 'Rename it to `categories` (or ignore this if it is a custom key).',
      },
    ]);
  });

  test('a known key in the wrong case or with hyphens is warned about', () => {
    assert.deepEqual(warningsOf(dated, markdown(['title: X', 'Author: badely', 'excerpt-separator: <!--more-->'])), [
      `${dated}:3: \`Author\` is not a key Broadsheet knows; it looks like \`author\`. Rename it to \`author\` (or ignore this if it is a custom key).`,
      `${dated}:4: \`excerpt-separator\` is not a key Broadsheet knows; it looks like \`excerpt_separator\`. Rename it to \`excerpt_separator\` (or ignore this if it is a custom key).`,
    ]);
  });

  test('genuinely custom keys produce no warning', () => {
    assert.deepEqual(warningsOf(dated, markdown(['title: X', 'subtitle_color: red', 'hero: true', 'source: Reuters', 'location: Beijing', 'image_url: x'])), []);
  });

  test('common Jekyll and theme keys produce no warning', () => {
    assert.deepEqual(warningsOf(dated, markdown(['title: X', 'comments: true', 'toc: true', 'lang: en', 'redirect_from: [/old/]'])), []);
  });
});

describe('a post with problems', () => {
  test('reports every problem at once and gives no post', () => {
    assert.deepEqual(problemsOf('posts/x.md', markdown(['layout: gallery', 'categories: { a: 1 }', 'featured: [yes]'])), [
      'posts/x.md:3: `categories` must be a list of names or a space-separated string; found a mapping (key: value pairs). Write `categories: [Technology]`.',
      'posts/x.md:4: `featured` must be true or false; found a list of 1 item. Write `true` or `false` without quotes.',
      'posts/x.md: `date` is missing, and the file name does not start with a date. Add `date: 2025-10-09T11:08:38` to the front matter or name the file 2025-10-09-slug.md.',
    ]);
  });
});

// Issue #11: a Jekyll site's build does not stop for one post whose front matter Jekyll cannot read either.
describe('front matter that cannot be read, in a Jekyll _posts/ folder', () => {
  test('leaves the post out with a warning instead of failing the build', () => {
    const result = normalizePost({ path: '_posts/2025-10-09-x.md', text: '---\ntitle: [unclosed\n---\nBody\n', lenient: true }, { site: siteIn('UTC'), md: createMarkdown(), fileExists: () => true });
    assert.equal(result.post, undefined);
    assert.deepEqual(result.problems, []);
    assert.match(result.warnings.map(formatProblem).join('\n'), /^_posts\/2025-10-09-x\.md:2: front matter is not valid YAML: .* The post is left out \(Jekyll would publish it without its front matter\)\./);
  });
  test('is still a problem in posts/', () => {
    assert.equal(problemsOf('posts/2025-10-09-x.md', '---\ntitle: [unclosed\n---\nBody\n').length, 1);
  });
});
