/**
 * Issue #13, the owner's own pages: templates in `pages/` in any language Eleventy renders, with Eleventy's data
 * cascade (front matter, directory data, `_data/` at the site's root) and Broadsheet's data (`site`, the stories,
 * sections, tags and authors, filters and shortcodes), inside the site's chrome with `layout: page`. They need no
 * date and are not stories; they are in the sitemap, the link check, the URL-collision check and the menus.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDrawnPhoto } from '../helpers/photo.ts';
import { createFixtureSite, type FixtureSite, post } from '../helpers/fixture-site.ts';

const main = (html: string): string => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
const links = (html: string, nav: string): string[] =>
  [...(new RegExp(`<nav class="${nav}"[\\s\\S]*?</nav>`).exec(html)?.[0] ?? '').matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);

let site: FixtureSite;
let stdout = '';
let stderr = '';
let photo = '';
before(async () => {
  site = createFixtureSite({
    title: 'Owned Daily', url: 'https://owned.example', pathPrefix: '/news/', timeZone: 'Europe/London', search: false,
    navigation: { masthead: ['World', 'Contact'], footer: [{ label: 'Privacy', url: '/privacy/' }], social: [] },
  });
  for (let day = 1; day <= 7; day++) site.write(`posts/2025-10-0${day}-business-${day}.md`, post(`title: Business ${day}\ndate: 2025-10-0${day}T10:00:00\ncategories: [Business]`));
  site.write('posts/2025-10-08-world.md', post('title: World news\ndate: 2025-10-08T10:00:00\ncategories: [World]'));
  photo = await addDrawnPhoto(site);
  site.write('_data/desk.json', '{ "editor": "Ada Lovelace", "phone": "+44 20 7946 0000" }\n');
  site.write('_data/hours.js', 'export default { opens: "09:00" };\n');
  site.write('pages/latest.njk', [
    '---', 'title: Latest business', 'layout: page', 'description: The five latest Business stories.', '---',
    '<p class="editor">Edited by {{ desk.editor }} for {{ site.title }}.</p>',
    '<ol class="latest">{% for story in collections.posts | inCategory("Business") | head(5) %}',
    '<li><a href="{{ story.url }}">{{ story.title }}</a> <time datetime="{{ story.isoDate }}">{{ story.date | siteDate("d MMMM yyyy, HH:mm") }}</time></li>{% endfor %}</ol>',
    '<p class="sections">{% for section in collections.categories %}{{ section.name }}={{ section.posts.length }};{% endfor %}</p>',
    `{% picture "assets/images/${photo}", "A drawn photo", "20rem" %}`,
    '',
  ].join('\n'));
  site.write('pages/about.md', '---\ntitle: About us\nlayout: page\neleventyNavigation:\n  key: About\n  menu: footer\n---\nWe open at {{ hours.opens }}. Call {{ desk.phone }}.\n');
  site.write('pages/contact.liquid', '---\ntitle: Contact\nlayout: page\neleventyNavigation:\n  key: Contact\n---\n<p class="liquid">{{ desk.editor | upcase }}</p>\n');
  site.write('pages/corrections.html', '---\ntitle: Corrections\nlayout: page\neleventyNavigation:\n  key: Corrections\n  order: 1\n---\n<p class="html">No corrections since {{ "2025-10-01" | date: "%Y" }}.</p>\n');
  site.write('pages/app.11ty.tsx', 'export const data = { title: "Apps", layout: "page" };\nexport default function App({ site }: { site: { title: string } }) {\n  return <p class="tsx">{site.title} on your phone</p>;\n}\n');
  site.write('pages/privacy.11ty.js', 'export const data = { title: "Privacy", layout: "page" };\nexport default function (data) { return `<p class="js">${data.site.title} keeps no cookies.</p>`; }\n');
  site.write('pages/team/team.json', '{ "layout": "page", "tags": [] }\n');
  site.write('pages/team/index.md', '---\ntitle: The team\n---\nLed by {{ desk.editor }}.\n');
  site.write('pages/bare.njk', '---\npermalink: /bare.txt\nsitemap: false\n---\nplain {{ site.title }}\n');
  site.write('pages/notes.txt', 'an editor\'s notes\n');
  site.write('pages/data.json', '{ "not": "anyone\'s data" }\n');
  const result = site.build();
  stdout = result.stdout;
  stderr = result.stderr;
  assert.equal(result.status, 0, stdout + stderr);
});
after(() => site.dispose());

describe("the owner's pages/ (issue #13)", () => {
  test('a Nunjucks page sees _data/, site and the stories, and lists the five latest Business stories in the site zone', () => {
    const html = main(site.read('latest/index.html'));
    assert.match(html, /<p class="editor">Edited by Ada Lovelace for Owned Daily\.<\/p>/);
    const items = [...html.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <time datetime="([^"]+)">([^<]+)<\/time><\/li>/g)].map((m) => [m[1], m[2], m[3], m[4]]);
    // 10:00 with no offset is UTC, as Jekyll reads it: 11:00 in London's summer time.
    assert.deepEqual(items, [7, 6, 5, 4, 3].map((day) => [`/news/2025/10/0${day}/business-${day}/`, `Business ${day}`, `2025-10-0${day}T11:00:00+01:00`, `${day} October 2025, 11:00`]));
    assert.match(html, /Business=7;World=1;/);
  });

  test('the picture shortcode makes a <picture> through the image pipeline', () => {
    const html = main(site.read('latest/index.html'));
    assert.match(html, /<picture>[\s\S]*<source type="image\/webp" srcset="\/news\/assets\/images\/[0-9a-f]{32}-\d+\.webp/);
    assert.match(html, /<img [^>]*alt="A drawn photo"/);
    assert.match(html, /sizes="20rem"/);
  });

  test('layout: page puts every language inside the masthead, footer, canonical link and Open Graph tags', () => {
    const expected: Array<[string, RegExp]> = [
      ['latest/index.html', /<h1>Latest business<\/h1>/],
      ['about/index.html', /We open at 09:00\. Call \+44 20 7946 0000\./],
      ['contact/index.html', /<p class="liquid">ADA LOVELACE<\/p>/],
      ['corrections/index.html', /<p class="html">No corrections since 2025\.<\/p>/],
      ['privacy/index.html', /<p class="js">Owned Daily keeps no cookies\.<\/p>/],
      ['team/index.html', /Led by Ada Lovelace\./],
      ['app/index.html', /<p class="tsx">Owned Daily on your phone<\/p>/],
    ];
    for (const [file, body] of expected) {
      const html = site.read(file);
      const url = `/${file.replace(/index\.html$/, '')}`;
      assert.match(html, /^<!doctype html>/, file);
      assert.match(html, /<header class="masthead"/, file);
      assert.match(html, /<footer class="footer"/, file);
      assert.match(html, new RegExp(`<link rel="canonical" href="https://owned\\.example/news${url}"/>`), file);
      assert.match(html, new RegExp(`<meta property="og:url" content="https://owned\\.example/news${url}"/>`), file);
      assert.match(main(html), body, file);
    }
    assert.match(site.read('latest/index.html'), /<meta name="description" content="The five latest Business stories\."\/>/);
  });

  test('a page without a layout is written as its template made it', () => {
    assert.equal(site.read('bare.txt'), 'plain Owned Daily\n');
  });

  test('pages are not stories: not counted, listed, in feeds or in the news sitemap, and need no date', () => {
    assert.match(stdout, /\[broadsheet\] 8 posts\./);
    for (const file of ['index.html', 'feed.xml', 'rss.xml', 'feed.json', 'news-sitemap.xml', 'category/business/index.html']) {
      assert.doesNotMatch(site.read(file), /Latest business|About us|The team/, file);
    }
  });

  test('pages are in the sitemap, except what opts out (sitemap: false) or is not HTML', () => {
    const sitemap = site.read('sitemap.xml');
    for (const url of ['latest/', 'about/', 'contact/', 'corrections/', 'privacy/', 'team/', 'app/']) assert.match(sitemap, new RegExp(`<loc>https://owned\\.example/news/${url}</loc>`), url);
    assert.doesNotMatch(sitemap, /bare\.txt/);
  });

  test('pages join the masthead and the footer from their eleventyNavigation, where the setting names them or after it', () => {
    const html = site.read('latest/index.html');
    assert.deepEqual(links(html, 'sections'), ['World /news/category/world/', 'Contact /news/contact/', 'Corrections /news/corrections/', 'All sections /news/categories/']);
    assert.deepEqual(links(html, 'footer__nav').slice(-2), ['Privacy /news/privacy/', 'About /news/about/']);
    // Story pages, written by Broadsheet's own writer, share the same menus.
    assert.deepEqual(links(site.read('2025/10/08/world/index.html'), 'sections'), links(html, 'sections'));
  });

  test('a file nothing renders is a warning naming it; data files of the cascade are not', () => {
    assert.match(stderr, /warning: pages\/notes\.txt: is in pages\/, but no template language renders it/);
    assert.match(stderr, /warning: pages\/data\.json: is in pages\//);
    assert.doesNotMatch(stderr, /pages\/team\/team\.json/);
  });
});

describe("problems in the owner's pages (issue #13)", () => {
  let broken: FixtureSite;
  before(() => {
    broken = createFixtureSite({ title: 'Broken', url: 'https://broken.example', timeZone: 'UTC', search: false });
    broken.write('posts/2025-10-01-a.md', post('title: A\ncategories: [World]'));
    broken.write('pages/about.md', '---\ntitle: About\nlayout: page\n---\nAbout.\n');
    assert.equal(broken.build().status, 0);
  });
  after(() => broken.dispose());

  const fails = (pattern: RegExp) => {
    const before = broken.fingerprint();
    const result = broken.build();
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stderr, pattern);
    assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
    assert.equal(broken.fingerprint(), before, 'the previous site is left as it was');
  };

  test('a template error names the template and the line', () => {
    broken.write('pages/broken.njk', '---\ntitle: Broken\n---\n{% for x in %}\n');
    try {
      fails(/pages\/broken\.njk: could not be rendered: \[Line 1, Column \d+\] unexpected token/);
    } finally {
      broken.remove('pages/broken.njk');
    }
  });

  test('a page at a URL Broadsheet writes is a collision naming both', () => {
    broken.write('pages/index.md', '---\ntitle: Home\n---\nHome.\n');
    try {
      fails(/pages\/index\.md: `permalink` writes \/, and so does the front page/);
    } finally {
      broken.remove('pages/index.md');
    }
  });

  test('a bad eleventyNavigation names the file and the field', () => {
    broken.write('pages/menu.md', '---\ntitle: Menu\neleventyNavigation:\n  order: 2\n---\nMenu.\n');
    try {
      fails(/pages\/menu\.md: `eleventyNavigation\.key` must be the link's text/);
    } finally {
      broken.remove('pages/menu.md');
    }
  });

  test('--check finds a broken link in a page', () => {
    broken.write('pages/links.md', '---\ntitle: Links\nlayout: page\n---\n[gone](/nowhere/)\n');
    try {
      const result = broken.build(['--check']);
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.match(result.stderr, /links\/index\.html: \/nowhere\//);
    } finally {
      broken.remove('pages/links.md');
    }
  });
});
