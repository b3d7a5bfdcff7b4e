/** Where the search UI's files are served (issue #6): the bundle follows the site's path prefix. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pagefindAssets } from '../../src/search/assets.ts';
import { describeIndex } from '../../src/search/pagefind.ts';

describe('pagefindAssets', () => {
  test('a site at the root serves the bundle from /pagefind/', () => {
    assert.deepEqual(pagefindAssets('/'), {
      script: '/pagefind/pagefind-ui.js',
      stylesheet: '/pagefind/pagefind-ui.css',
      bundlePath: '/pagefind/',
      baseUrl: '/',
    });
  });

  test('a site under /news/ serves it from /news/pagefind/ and links results under /news/', () => {
    assert.deepEqual(pagefindAssets('/news/'), {
      script: '/news/pagefind/pagefind-ui.js',
      stylesheet: '/news/pagefind/pagefind-ui.css',
      bundlePath: '/news/pagefind/',
      baseUrl: '/news/',
    });
  });

  test('a prefix written without slashes, or with extra ones, means the same folder', () => {
    for (const prefix of ['news', '/news', 'news/', '//news//', ' /news/ ']) assert.equal(pagefindAssets(prefix).bundlePath, '/news/pagefind/', prefix);
    assert.equal(pagefindAssets('').bundlePath, '/pagefind/');
  });

  test('a nested, non-ASCII prefix is percent-encoded like every other site link', () => {
    assert.equal(pagefindAssets('/org/新闻/').script, '/org/%E6%96%B0%E9%97%BB/pagefind/pagefind-ui.js');
    assert.equal(pagefindAssets('/org/新闻/').baseUrl, '/org/%E6%96%B0%E9%97%BB/');
  });
});

describe('describeIndex', () => {
  test('says how many pages went into the index out of how many were read', () => {
    const result = { pages: 1, files: 40, languages: ['en'], assets: pagefindAssets('/') };
    assert.equal(describeIndex(result), 'search: 1 page indexed of 40 HTML files (en)');
  });
});
