/** Jekyll 4.3's page URLs (Page#template and Utils.add_permalink_suffix), for `{% link %}` to a page (issue #12). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jekyllPageUrl } from '../../src/jekyll/page-url.ts';

describe('the URL Jekyll gives a page', () => {
  test('its own permalink wins, with :path, :basename and :output_ext', () => {
    assert.equal(jekyllPageUrl('about.md', '/about-us/', 'date'), '/about-us/');
    assert.equal(jekyllPageUrl('desk/team.md', '/:path/:basename:output_ext', 'pretty'), '/desk/team.html');
  });

  test('an index page is its folder', () => {
    assert.equal(jekyllPageUrl('index.md', undefined, 'date'), '/');
    assert.equal(jekyllPageUrl('desk/index.html', undefined, 'date'), '/desk/');
  });

  test('other HTML pages take the site permalink\'s suffix', () => {
    assert.equal(jekyllPageUrl('about.md', undefined, 'date'), '/about.html');
    assert.equal(jekyllPageUrl('about.markdown', undefined, 'pretty'), '/about/');
    assert.equal(jekyllPageUrl('about.md', undefined, '/:year/:month/:day/:title/'), '/about/');
    assert.equal(jekyllPageUrl('about.md', undefined, '/:year/:title:output_ext'), '/about.html');
    assert.equal(jekyllPageUrl('about.md', undefined, '/:year/:title'), '/about');
  });

  test('a page that is not HTML keeps its extension', () => {
    assert.equal(jekyllPageUrl('feed.xml', undefined, 'pretty'), '/feed.xml');
    assert.equal(jekyllPageUrl('data/list.json', undefined, 'date'), '/data/list.json');
  });
});
