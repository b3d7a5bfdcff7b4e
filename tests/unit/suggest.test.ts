/** "Did you mean" for front-matter keys: typos are caught, custom keys are left alone (issue #2). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frontMatterKeys } from '../../src/content/schema.ts';
import { editDistance, likelyKey } from '../../src/content/suggest.ts';

describe('editDistance', () => {
  test('counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'tag'), 3);
    assert.equal(editDistance('tag', 'tag'), 0);
  });

  test('counts a transposition as one edit', () => {
    assert.equal(editDistance('categroies', 'categories'), 1);
    assert.equal(editDistance('tilte', 'title'), 1);
  });
});

describe('likelyKey', () => {
  const cases: ReadonlyArray<readonly [string, string | undefined]> = [
    ['categroies', 'categories'],
    ['catagories', 'categories'],
    ['titel', 'title'],
    ['autor', 'author'],
    ['publish', 'published'],
    ['permalinks', 'permalink'],
    ['tga', 'tag'],
    ['Title', 'title'],
    ['excerpt-separator', 'excerpt_separator'],
    ['subtitle_color', undefined],
    ['image_url', undefined],
    ['hero', undefined],
    ['name', undefined],
    ['location', undefined],
    ['summary', undefined],
  ];
  for (const [key, likely] of cases) {
    test(likely === undefined ? `${key} is a custom key` : `${key} looks like ${likely}`, () => {
      assert.equal(likelyKey(key, frontMatterKeys), likely);
    });
  }
});
