/** Slugs (issue #2): Jekyll's slugify, Unicode-aware, never empty for a post. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { capSlug, fallbackSlug, maxSlugBytes, slugify, titleFromSlug } from '../../src/content/slug.ts';
import { href } from '../../src/urls/permalinks.ts';
import { markdown, postFrom, siteIn } from './support.ts';

describe('slugify', () => {
  test('default mode: everything but letters and digits becomes one hyphen, lower-cased', () => {
    assert.equal(slugify('Rare Earths: China’s new export rules (2025)!'), 'rare-earths-china-s-new-export-rules-2025');
  });

  test('pretty mode keeps path-safe punctuation; cased keeps the case', () => {
    assert.equal(slugify('Rare Earths: v1.2 (draft)', 'pretty', true), 'Rare-Earths-v1.2-(draft)');
    assert.equal(slugify('Rare Earths: v1.2 (draft)', 'pretty'), 'rare-earths-v1.2-(draft)');
  });

  test('leading and trailing separators are dropped', () => {
    assert.equal(slugify('  --Hello--  '), 'hello');
  });

  test('accented letters are kept in the form written (Jekyll keeps a decomposed name decomposed)', () => {
    assert.equal(slugify('Café Société'), 'café-société');
    assert.equal(slugify('Cafe\u0301'), 'cafe\u0301');
  });

  test('Chinese keeps its letters', () => {
    assert.equal(slugify('稀土 出口管制'), '稀土-出口管制');
  });

  test('Arabic keeps its letters', () => {
    assert.equal(slugify('الأرض النادرة'), 'الأرض-النادرة');
  });

  test('combining marks (Devanagari) are kept', () => {
    assert.equal(slugify('हिन्दी समाचार'), 'हिन्दी-समाचार');
  });

  test('a name with no letters or digits gives an empty slug', () => {
    assert.equal(slugify('!!! 🔥 ???'), '');
  });
});

describe('fallbackSlug', () => {
  test('is stable: the same seed always gives the same slug', () => {
    assert.equal(fallbackSlug('post', 'posts/2025-10-09-🔥.md'), 'post-93f0a462');
  });

  test('differs for different seeds', () => {
    assert.notEqual(fallbackSlug('post', 'posts/a.md'), fallbackSlug('post', 'posts/b.md'));
  });
});

describe('titleFromSlug', () => {
  test('turns a slug into words as Jekyll titleizes file names: split on hyphens, each capitalized as Ruby does', () => {
    assert.equal(titleFromSlug('rare-earths-export'), 'Rare Earths Export');
    assert.equal(titleFromSlug('snake_case_title'), 'Snake_case_title');
    assert.equal(titleFromSlug('UPPER-CASE'), 'Upper Case');
    assert.equal(titleFromSlug('double--dash'), 'Double  Dash');
    assert.equal(titleFromSlug('-leading-dash'), ' Leading Dash');
  });

  test('keeps non-Latin text', () => {
    assert.equal(titleFromSlug('稀土-出口'), '稀土 出口');
  });
});

describe('post slugs and URLs of non-Latin titles are never empty', () => {
  const site = siteIn('UTC');

  test('a Chinese file name keeps its letters in the URL', () => {
    const post = postFrom('posts/2025-10-09-稀土出口.md', markdown(['title: 稀土出口管制']), { site });
    assert.deepEqual({ slug: post.slug, url: post.url, outputPath: post.outputPath }, {
      slug: '稀土出口', url: '/2025/10/09/稀土出口/', outputPath: '2025/10/09/稀土出口/index.html',
    });
    assert.equal(href(site, post.url), '/2025/10/09/%E7%A8%80%E5%9C%9F%E5%87%BA%E5%8F%A3/');
  });

  test('an Arabic file name keeps its letters in the URL', () => {
    const post = postFrom('posts/2025-10-09-الأرض-النادرة.md', markdown(['title: الأرض النادرة']), { site });
    assert.deepEqual({ slug: post.slug, url: post.url }, { slug: 'الأرض-النادرة', url: '/2025/10/09/الأرض-النادرة/' });
  });

  // Issue #11: Jekyll 4.3.1 publishes a decomposed (NFD, macOS) name at its decomposed URL; old links use it.
  // Two files that differ only in form still collide (tests/unit/collisions.test.ts).
  test('a decomposed (NFD, macOS) file name keeps its form in the URL, as in Jekyll', () => {
    assert.equal(postFrom('posts/2025-10-09-cafe\u0301.md', markdown(['title: X']), { site }).url, '/2025/10/09/cafe\u0301/');
    assert.equal(postFrom('posts/2025-10-09-caf\u00e9.md', markdown(['title: X']), { site }).url, '/2025/10/09/caf\u00e9/');
  });

  test('a dated file without a slug takes its slug from the title', () => {
    assert.equal(postFrom('posts/2025-10-09.md', markdown(['title: 稀土']), { site }).slug, '稀土');
  });

  test('a file name with no letters gets a stable fallback', () => {
    const post = postFrom('posts/2025-10-09-🔥.md', markdown([]), { site });
    assert.deepEqual({ slug: post.slug, url: post.url }, { slug: 'post-93f0a462', url: '/2025/10/09/post-93f0a462/' });
  });

  test('two such files get different fallbacks, so they do not collide', () => {
    const one = postFrom('posts/2025-10-09-🔥.md', markdown([]), { site });
    const two = postFrom('posts/2025-10-09-🔥🔥.md', markdown([]), { site });
    assert.deepEqual([one.url, two.url], ['/2025/10/09/post-93f0a462/', `/2025/10/09/${fallbackSlug('post', 'posts/2025-10-09-🔥🔥.md')}/`]);
    assert.notEqual(one.url, two.url);
  });

  test('a file name with no letters but a title takes its slug from the title', () => {
    const post = postFrom('posts/2025-10-09-🔥.md', markdown(['title: Wildfires spread']), { site });
    assert.deepEqual({ slug: post.slug, url: post.url }, { slug: 'wildfires-spread', url: '/2025/10/09/wildfires-spread/' });
  });
});

// Issue #10: a 300-character slug failed the build with ENAMETOOLONG.
describe('long slugs are capped at a word boundary', () => {
  test('a long slug is cut at the last hyphen within the cap', () => {
    const slug = slugify(Array(60).fill('word').join(' '));
    assert.ok(Buffer.byteLength(slug) <= maxSlugBytes);
    assert.match(slug, /^(word-)+word$/);
  });
  test('the cap counts UTF-8 bytes, not characters, and never splits a character', () => {
    const slug = slugify('稀'.repeat(300));
    assert.ok(Buffer.byteLength(slug) <= maxSlugBytes);
    assert.equal(slug, '稀'.repeat(80));
  });
  test('a slug within the cap is left alone', () => {
    const text = 'a'.repeat(maxSlugBytes);
    assert.equal(slugify(text), text);
  });
  test('one long word is cut, not emptied', () => {
    assert.equal(capSlug(`${'x'.repeat(150)}-${'y'.repeat(100)}`), 'x'.repeat(150));
    assert.equal(capSlug('z'.repeat(300)), 'z'.repeat(maxSlugBytes));
  });
});

test('a trailing hyphen adds no word to a title (Ruby split drops trailing empty fields)', () => {
  assert.equal(titleFromSlug('trailing-dash-'), 'Trailing Dash');
});
