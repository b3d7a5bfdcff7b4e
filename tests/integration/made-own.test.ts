/**
 * Issue #13, "Make it yours": one fixture site uses every way README gives to change a site without editing the
 * generator (theme stylesheet, head and body-end snippets, a layout override, static files, the navigation setting,
 * an owner's page joining the menu, the site icon), and every one shows in the built site.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createFixtureSite, type FixtureSite, post, repoRoot } from '../helpers/fixture-site.ts';

const generatorByline = readFileSync(path.join(repoRoot, 'layouts/components/byline.tsx'), 'utf8');
let site: FixtureSite;
before(async () => {
  const png = await sharp({ create: { width: 512, height: 512, channels: 4, background: { r: 10, g: 90, b: 60, alpha: 1 } } }).png().toBuffer();
  const icon = `assets/images/${createHash('md5').update(png).digest('hex')}.png`;
  site = createFixtureSite({
    title: 'Made Own', url: 'https://own.example', timeZone: 'UTC', search: false, icon,
    authors: { ada: { name: 'Ada Lovelace' } },
    navigation: { masthead: ['About', 'World'], footer: [{ label: 'Terms', url: '/terms/' }], social: [{ label: 'Mastodon', url: 'https://social.example/@own' }] },
  });
  site.write(icon, png);
  site.write('posts/2025-10-01-a.md', post('title: A story\nauthor: ada\ncategories: [World]'));
  site.write('theme/brand.css', ':root { --accent: #0a5a3c; }\n');
  site.write('theme/head.html', '<meta name="made-own" content="head">\n');
  site.write('theme/body-end.html', '<script src="https://stats.example/s.js" defer></script>\n');
  site.write('theme/layouts/components/byline.tsx', [
    "import { Byline as Original } from 'broadsheet/layouts/components/byline.tsx';",
    'export function Byline(props: Parameters<typeof Original>[0]) {',
    '  return <div class="made-own-byline"><Original {...props} /></div>;',
    '}',
    '',
  ].join('\n'));
  site.write('static/ads.txt', 'example.com, pub-1, DIRECT\n');
  site.write('pages/about.md', '---\ntitle: About\nlayout: page\neleventyNavigation:\n  key: About\n---\nWho we are.\n');
  site.write('pages/terms.md', '---\ntitle: Terms\nlayout: page\n---\nThe terms.\n');
  const result = site.build();
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /theme overrides: components\/byline\.tsx/);
});
after(() => site.dispose());

describe('a site made its own without touching the generator (issue #13)', () => {
  test('every override shows on the story page', () => {
    const html = site.read('2025/10/01/a/index.html');
    assert.match(html, /<link rel="stylesheet" href="\/assets\/css\/theme\/brand\.css"\/>/, 'theme stylesheet');
    assert.match(html, /<meta name="made-own" content="head">\n<\/head>/, 'head snippet');
    assert.match(html, /<script src="https:\/\/stats\.example\/s\.js" defer><\/script>\n<\/body>/, 'body-end snippet');
    assert.match(html, /<div class="made-own-byline">/, 'layout override');
    assert.match(html, /<link rel="icon" href="\/favicon\.ico" sizes="32x32"\/>/, 'site icon');
    assert.match(html, /<nav class="sections"[^>]*><ul class="sections__list"><li><a href="\/about\/">About<\/a><\/li><li><a href="\/category\/world\/">World<\/a><\/li>/, 'masthead: a page by its key, then a section');
    assert.match(html, /<a href="\/terms\/">Terms<\/a>/, 'footer link');
    assert.match(html, /<a[^>]* rel="me"[^>]*>Mastodon<\/a>|<a[^>]*href="https:\/\/social\.example\/@own"[^>]*rel="me"/, 'social profile');
  });

  test('the static file, the icon set and the pages are published', () => {
    assert.equal(site.read('ads.txt'), 'example.com, pub-1, DIRECT\n');
    for (const file of ['favicon.ico', 'manifest.webmanifest', 'apple-touch-icon.png', 'about/index.html', 'terms/index.html']) assert.ok(site.exists(file), file);
    assert.match(site.read('about/index.html'), /<div class="made-own-byline">|<h1>About<\/h1>/);
  });

  test('the generator itself is unchanged', () => {
    assert.equal(readFileSync(path.join(repoRoot, 'layouts/components/byline.tsx'), 'utf8'), generatorByline);
  });
});
