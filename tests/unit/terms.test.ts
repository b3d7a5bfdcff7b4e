/**
 * `categories` / `category` and `tags` / `tag` (issue #2), read as Jekyll's `pluralized_array_from_hash` does: the
 * plural key splits a string on spaces, the singular key keeps it whole and wins.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { termsFrom } from '../../src/content/normalize.ts';
import type { Term } from '../../src/content/schema.ts';
import { markdown, postFrom, problemsOf } from './support.ts';

const dated = 'posts/2025-10-09-x.md';

type Shown = { name: string; slug: string };
/** Name and slug of each term; keys have their own tests below. */
const shown = (terms: readonly Term[]): Shown[] => terms.map(({ name, slug }) => ({ name, slug }));

function termsOf(...frontMatter: string[]): { categories: Shown[]; tags: Shown[] } {
  const post = postFrom(dated, markdown(['title: X', ...frontMatter]));
  return { categories: shown(post.categories), tags: shown(post.tags) };
}

const names = (terms: readonly Shown[]): string[] => terms.map((term) => term.name);

describe('a YAML list or a space-separated string', () => {
  test('a YAML list gives one term per entry, entries with spaces kept whole', () => {
    assert.deepEqual(termsOf('categories: [Technology, Business]', 'tags: [rare earths, trade]'), {
      categories: [{ name: 'Technology', slug: 'technology' }, { name: 'Business', slug: 'business' }],
      tags: [{ name: 'rare earths', slug: 'rare-earths' }, { name: 'trade', slug: 'trade' }],
    });
  });

  test('a block list reads the same as a flow list', () => {
    assert.deepEqual(names(termsOf('tags:', '  - rare earths', '  - trade').tags), ['rare earths', 'trade']);
  });

  test('the plural keys split a string on spaces, as Jekyll does', () => {
    assert.deepEqual(names(termsOf('categories: Technology Business').categories), ['Technology', 'Business']);
    assert.deepEqual(names(termsOf('tags: rare-earths  trade\tchina').tags), ['rare-earths', 'trade', 'china']);
  });

  test('the singular keys keep a string whole', () => {
    assert.deepEqual(termsOf('category: Science Fiction', 'tag: rare earths'), {
      categories: [{ name: 'Science Fiction', slug: 'science-fiction' }],
      tags: [{ name: 'rare earths', slug: 'rare-earths' }],
    });
  });

  // Jekyll 4.3's populate_categories joins both keys; populate_tags lets `tag` win (issue #11, the oracle's answer).
  test('categories join both keys, plural first; the singular tag wins over the plural', () => {
    assert.deepEqual(termsOf('categories: Technology Business', 'category: World', 'tags: [a, b]', 'tag: trade'), {
      categories: [{ name: 'Technology', slug: 'technology' }, { name: 'Business', slug: 'business' }, { name: 'World', slug: 'world' }],
      tags: [{ name: 'trade', slug: 'trade' }],
    });
  });

  test('an empty singular key does not hide the plural, as in Jekyll', () => {
    assert.deepEqual(termsOf('categories: [Technology]', 'category:', 'tags: [a]', 'tag: ""'), {
      categories: [{ name: 'Technology', slug: 'technology' }],
      tags: [{ name: 'a', slug: 'a' }],
    });
  });

  test('no key, an empty string or an empty value gives no terms', () => {
    assert.deepEqual(termsOf(), { categories: [], tags: [] });
    assert.deepEqual(termsOf('categories: ""', 'tags:'), { categories: [], tags: [] });
  });
});

describe('entries are tidied', () => {
  test('trimmed, and empty entries dropped', () => {
    assert.deepEqual(names(termsOf('tags: ["  trade ", "", "   ", null, China]').tags), ['trade', 'China']);
    assert.deepEqual(names(termsOf('categories: "  Technology   Business  "').categories), ['Technology', 'Business']);
  });

  test('numbers inside a list are names', () => {
    assert.deepEqual(termsOf('tags: [2025, trade]').tags, [{ name: '2025', slug: '2025' }, { name: 'trade', slug: 'trade' }]);
  });

  test('nested lists are flattened', () => {
    assert.deepEqual(names(termsOf('tags: [a, [b, c]]').tags), ['a', 'b', 'c']);
  });

  test('terms that differ only in case share one slug; the first spelling is kept for display', () => {
    assert.deepEqual(termsOf('tags: [AI, ai, Ai, trade]').tags, [{ name: 'AI', slug: 'ai' }, { name: 'trade', slug: 'trade' }]);
  });

  test('terms whose slugs match after punctuation is dropped are one term', () => {
    assert.deepEqual(termsOf('tags: [rare earths, Rare-Earths, rare_earths]').tags, [{ name: 'rare earths', slug: 'rare-earths' }]);
  });

  test('names that differ only in case or punctuation share a key: "AI", "ai", "A.I."', () => {
    assert.deepEqual(new Set(termsFrom(['AI'], 'tag').concat(termsFrom(['ai'], 'tag'), termsFrom(['A.I.'], 'tag')).map((t) => t.key)), new Set(['ai']));
  });

  test('"C++" and "C#" are not "C": their symbols are spelled out in key and slug', () => {
    assert.deepEqual(termsFrom(['C', 'C++', 'C#'], 'tag'), [
      { name: 'C', key: 'c', slug: 'c' },
      { name: 'C++', key: 'cplusplus', slug: 'c-plus-plus' },
      { name: 'C#', key: 'csharp', slug: 'c-sharp' },
    ]);
  });

  test('full-width "Ｃ＋＋" typed on a CJK keyboard is "C++", not "C"', () => {
    assert.deepEqual(termsFrom(['Ｃ＋＋'], 'tag').map(({ key, slug }) => ({ key, slug })), [{ key: 'cplusplus', slug: 'c-plus-plus' }]);
  });

  test('accents are letters: "Café" and "Cafe" are two terms, slugged with their accents', () => {
    assert.deepEqual(shown(termsFrom(['Café', 'Cafe'], 'tag')), [{ name: 'Café', slug: 'café' }, { name: 'Cafe', slug: 'cafe' }]);
  });

  test('non-Latin names keep their letters in the slug', () => {
    assert.deepEqual(termsOf('tags: [稀土, الاقتصاد]').tags, [{ name: '稀土', slug: '稀土' }, { name: 'الاقتصاد', slug: 'الاقتصاد' }]);
  });

  test('a name with no letters gets a stable fallback slug', () => {
    assert.deepEqual(shown(termsFrom(['!!!', '🔥'], 'tag')), [{ name: '!!!', slug: 'tag-6dd07555' }, { name: '🔥', slug: 'tag-cbe676ae' }]);
    assert.deepEqual(shown(termsFrom(['🔥'], 'category')), [{ name: '🔥', slug: 'category-cbe676ae' }]);
  });
});

describe('values that are not names', () => {
  // Issue #11: Jekyll reads `category: 2013` as "2013"; Broadsheet builds such posts too.
  test('a number or true/false is its text', () => {
    assert.deepEqual(postFrom('posts/x.md', markdown(['title: X', 'date: 2025-10-09', 'categories: 42'])).categories.map((t) => t.name), ['42']);
    assert.deepEqual(postFrom(dated, markdown(['title: X', 'tags: true'])).tags.map((t) => t.name), ['true']);
  });

  test('a mapping for category', () => {
    assert.deepEqual(problemsOf(dated, markdown(['title: X', 'category: {name: World}'])), [
      `${dated}:3: \`category\` must be a list of names or a space-separated string; found a mapping (key: value pairs). Write \`category: Technology\`.`,
    ]);
  });

  test('a mapping inside a list for tag names the bad entry', () => {
    assert.deepEqual(problemsOf(dated, markdown(['title: X', 'tag: [trade, {a: 1}]'])), [
      `${dated}:3: \`tag\` must be a list of names or a space-separated string; found a mapping (key: value pairs). Write \`tag: trade\`.`,
    ]);
  });
});
