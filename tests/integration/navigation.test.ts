/**
 * Issue #13: navigation is the owner's. `navigation.masthead` lists the masthead's sections (by name) and links in
 * the owner's order, `navigation.footer` adds footer links after the site's own, `navigation.social` lists profiles
 * with `rel="me"`; paths get the path prefix, absolute URLs are kept; a section no story is in is left out with a
 * warning; a bad link is refused before anything is built.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createFixtureSite, type FixtureSite, post } from '../helpers/fixture-site.ts';

const navigation = {
  masthead: ['World', { label: 'About', url: '/about/' }, 'business', 'Sport'],
  footer: [{ label: 'Contact', url: 'mailto:desk@example.com' }, { label: 'Privacy', url: '/privacy/' }],
  social: [{ label: 'Mastodon', url: 'https://mastodon.example/@gazette' }],
};

let site: FixtureSite;
let home = '';
let stderr = '';
before(() => {
  site = createFixtureSite({ title: 'Nav Gazette', url: 'https://nav.example', pathPrefix: '/news/', timeZone: 'UTC', search: false, navigation });
  site.write('posts/2025-10-01-a.md', post('title: A\ncategories: [Business]'));
  site.write('posts/2025-10-02-b.md', post('title: B\ncategories: [Business]'));
  site.write('posts/2025-10-03-c.md', post('title: C\ncategories: [World]'));
  site.write('posts/2025-10-04-d.md', post('title: D\ncategories: [Science]'));
  const result = site.build();
  assert.equal(result.status, 0, result.stdout + result.stderr);
  stderr = result.stderr;
  home = site.read('index.html');
});
after(() => site.dispose());

const linksIn = (html: string, start: string): string[] => {
  const from = html.indexOf(start);
  const block = html.slice(from, html.indexOf('</nav>', from));
  return [...block.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);
};

describe('the owner\'s navigation (issue #13)', () => {
  test('the masthead lists the owner\'s sections and links in their order, then All sections', () => {
    assert.deepEqual(linksIn(home, 'aria-label="Sections"'), ['World /news/category/world/', 'About /news/about/', 'Business /news/category/business/', 'All sections /news/categories/']);
  });

  test('a section no story is in is left out, with a warning naming the setting', () => {
    assert.match(stderr, /`navigation\.masthead\[3\]` names "Sport", which is neither a section any story is in nor a page.s eleventyNavigation key/);
  });

  test('footer links come after the site\'s own; social profiles have rel="me"', () => {
    const footer = linksIn(home, 'aria-label="Site"');
    assert.deepEqual(footer.slice(-2), ['Contact mailto:desk@example.com', 'Privacy /news/privacy/']);
    assert.match(home, /<nav class="footer__social" aria-label="Follow us"><ul class="footer__links"><li><a href="https:\/\/mastodon\.example\/@gazette" rel="me">Mastodon<\/a><\/li><\/ul><\/nav>/);
  });

  test('every page has the same navigation', () => {
    assert.deepEqual(linksIn(site.read('2025/10/03/c/index.html'), 'aria-label="Sections"'), linksIn(home, 'aria-label="Sections"'));
  });
});

describe('bad navigation settings are refused, naming the setting', () => {
  test('a javascript: link, a link without a label and a list that is not a list', () => {
    const bad = createFixtureSite({ navigation: { masthead: [{ label: 'x', url: 'javascript:alert(1)' }], footer: [{ url: '/a/' }], social: 'none' } });
    try {
      bad.write('posts/2025-10-01-a.md', post('title: A'));
      const result = bad.build();
      assert.equal(result.status, 1);
      assert.match(result.stderr, /`navigation\.masthead\[0\]\.url` must be a path on the site \("\/about\/"\) or an absolute http\(s\) or mailto: URL/);
      assert.match(result.stderr, /`navigation\.footer\[0\]\.label`/);
      assert.match(result.stderr, /`navigation\.social` must be a list of \{ label, url \}/);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
    } finally {
      bad.dispose();
    }
  });
});
