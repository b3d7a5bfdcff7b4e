/**
 * Where the search bundle is served (issue #6): it follows the site's path prefix, and the search page loads only
 * Pagefind's JavaScript API from it (issue #15); and the build log's line about the index.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pagefindAssets } from '../../src/search/assets.ts';
import { describeIndex, fragmentFiles, storiesPerFragmentFile } from '../../src/search/pagefind.ts';

describe('pagefindAssets', () => {
  test('a site at the root serves the bundle from /pagefind/', () => {
    assert.deepEqual(pagefindAssets('/'), {
      library: '/pagefind/pagefind.js',
      bundlePath: '/pagefind/',
      baseUrl: '/',
    });
  });

  test('a site under /news/ serves it from /news/pagefind/ and links results under /news/', () => {
    assert.deepEqual(pagefindAssets('/news/'), {
      library: '/news/pagefind/pagefind.js',
      bundlePath: '/news/pagefind/',
      baseUrl: '/news/',
    });
  });

  test('a prefix written without slashes, or with extra ones, means the same folder', () => {
    for (const prefix of ['news', '/news', 'news/', '//news//', ' /news/ ']) assert.equal(pagefindAssets(prefix).bundlePath, '/news/pagefind/', prefix);
    assert.equal(pagefindAssets('').bundlePath, '/pagefind/');
  });

  test('a nested, non-ASCII prefix is percent-encoded like every other site link', () => {
    assert.equal(pagefindAssets('/org/新闻/').library, '/org/%E6%96%B0%E9%97%BB/pagefind/pagefind.js');
    assert.equal(pagefindAssets('/org/新闻/').baseUrl, '/org/%E6%96%B0%E9%97%BB/');
  });
});

describe('describeIndex', () => {
  const result = (pages: number, languages: readonly string[]) => ({ pages, languages, assets: pagefindAssets('/') });

  test('says how many stories went into the index, in which languages, and how long it took', () => {
    assert.equal(describeIndex(result(2, ['en']), 1234), 'search: 2 stories indexed (en) in 1.2 s');
  });

  test('one story is one story; languages are listed in the order given', () => {
    assert.equal(describeIndex(result(1, ['en', 'fr']), 60), 'search: 1 story indexed (en, fr) in 0.1 s');
  });

  test('an empty index says it has no language rather than showing empty brackets', () => {
    assert.equal(describeIndex(result(0, []), 15_000), 'search: 0 stories indexed (no language) in 15.0 s');
  });
});

describe('fragmentFiles', () => {
  test('a build of N stories asks Pagefind for N / 4 fragment files, rounded up (issue #14)', () => {
    assert.equal(storiesPerFragmentFile, 4);
    assert.equal(fragmentFiles(10_000), 2500);
    assert.equal(fragmentFiles(10_001), 2501);
    assert.equal(fragmentFiles(3), 1);
  });

  test('an unknown or empty count leaves Pagefind at one file per story', () => {
    assert.equal(fragmentFiles(undefined), undefined);
    assert.equal(fragmentFiles(0), undefined);
  });
});
