/** Splitting listings into pages and the pager's numbers (issue #3). Page 1 is the listing's own URL. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paginate, pagerNumbers } from '../../src/collections/paginate.ts';
import { archiveUrl, authorUrl, categoryUrl, pageUrl, tagUrl } from '../../src/urls/permalinks.ts';
import { siteIn } from './support.ts';

/** Each page as `number/total: items`. */
const pages = (items: readonly string[], size: number): string[] => paginate(items, size).map((page) => `${page.number}/${page.total}: ${page.items.join(',')}`);

describe('paginate', () => {
  test('no items: one empty page, so a listing that must exist can say "nothing yet"', () => {
    assert.deepEqual(pages([], 3), ['1/1: ']);
  });

  test('one item: one page holding it', () => {
    assert.deepEqual(pages(['a'], 3), ['1/1: a']);
  });

  test('exactly one page of items: one full page, no empty second page', () => {
    assert.deepEqual(pages(['a', 'b', 'c'], 3), ['1/1: a,b,c']);
  });

  test('one more than a page: a second page holding the last item', () => {
    assert.deepEqual(pages(['a', 'b', 'c', 'd'], 3), ['1/2: a,b,c', '2/2: d']);
  });

  test('keeps the order of the items across pages', () => {
    assert.deepEqual(pages(['a', 'b', 'c', 'd', 'e'], 2), ['1/3: a,b', '2/3: c,d', '3/3: e']);
  });

  test('a page size of one gives a page per item', () => {
    assert.deepEqual(pages(['a', 'b'], 1), ['1/2: a', '2/2: b']);
  });

  test('refuses a page size below one or not whole, saying what it found', () => {
    assert.throws(() => paginate(['a'], 0), { name: 'RangeError', message: 'page size must be a whole number of at least 1; found 0' });
    assert.throws(() => paginate(['a'], 2.5), { name: 'RangeError', message: 'page size must be a whole number of at least 1; found 2.5' });
  });
});

describe('page URLs', () => {
  const site = siteIn('UTC');

  test('page 1 is the listing itself: no /page/1/ twin', () => {
    assert.equal(pageUrl('/category/world/', 1), '/category/world/');
    assert.equal(categoryUrl(site, 'world', 1), '/category/world/');
    assert.equal(tagUrl(site, 'ai', 1), '/tag/ai/');
    assert.equal(authorUrl(site, 'badely', 1), '/author/badely/');
    assert.equal(archiveUrl('2025', '10', 1), '/2025/10/');
  });

  test('later pages live under /page/N/', () => {
    assert.equal(pageUrl('/', 2), '/page/2/');
    assert.equal(categoryUrl(site, 'world', 2), '/category/world/page/2/');
    assert.equal(tagUrl(site, 'ai', 3), '/tag/ai/page/3/');
    assert.equal(authorUrl(site, 'badely', 2), '/author/badely/page/2/');
    assert.equal(archiveUrl('2025', undefined, 4), '/2025/page/4/');
    assert.equal(archiveUrl('2025', '10', 2), '/2025/10/page/2/');
  });

  test('the folders come from the site settings', () => {
    const renamed = siteIn('UTC', { categoryBase: 'section', tagBase: 'topic', authorBase: 'by' });
    assert.deepEqual([categoryUrl(renamed, 'world', 2), tagUrl(renamed, 'ai'), authorUrl(renamed, 'badely')], ['/section/world/page/2/', '/topic/ai/', '/by/badely/']);
  });
});

describe('pagerNumbers', () => {
  test('one page: just 1', () => {
    assert.deepEqual(pagerNumbers(1, 1), [1]);
  });

  test('few pages: all of them, no gaps', () => {
    assert.deepEqual(pagerNumbers(3, 5), [1, 2, 3, 4, 5]);
  });

  test('in the middle: the first, the last and two either side, with a gap on each side', () => {
    assert.deepEqual(pagerNumbers(6, 20), [1, null, 4, 5, 6, 7, 8, null, 20]);
  });

  test('at the start: a gap before the last page only', () => {
    assert.deepEqual(pagerNumbers(1, 20), [1, 2, 3, null, 20]);
  });

  test('at the end: a gap after the first page only', () => {
    assert.deepEqual(pagerNumbers(20, 20), [1, null, 18, 19, 20]);
  });

  test('a long run left out is one gap', () => {
    assert.deepEqual(pagerNumbers(50, 100, 1), [1, null, 49, 50, 51, null, 100]);
  });

  test('`around` sets how many neighbours are shown', () => {
    assert.deepEqual(pagerNumbers(5, 9, 0), [1, null, 5, null, 9]);
  });
});
