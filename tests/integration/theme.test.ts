/**
 * Issue #13, overrides without forking: a site's `theme/` folder adds its own stylesheets after Broadsheet's and
 * snippets at the end of `<head>` and before `</body>` of every page, without touching the generator.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createFixtureSite, type FixtureSite, post } from '../helpers/fixture-site.ts';

let site: FixtureSite;
before(() => {
  site = createFixtureSite({ title: 'Themed', url: 'https://themed.example', pathPrefix: '/news/', timeZone: 'UTC', search: false });
  site.write('posts/2025-10-01-a.md', post('title: A\ncategories: [World]'));
  site.write('theme/brand.css', ':root { --accent: #b00; }\n');
  site.write('theme/later.css', '.masthead { border-bottom: 4px solid var(--accent); }\n');
  site.write('theme/head.html', '<meta name="google-site-verification" content="abc123">\n');
  site.write('theme/body-end.html', '<script defer src="https://stats.example/s.js" data-site="themed"></script>\n');
  const result = site.build();
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
after(() => site.dispose());

describe('a site\'s theme/ folder (issue #13)', () => {
  test('its stylesheets are published and linked after Broadsheet\'s, in name order', () => {
    for (const page of ['index.html', '2025/10/01/a/index.html', 'category/world/index.html', '404.html']) {
      const html = site.read(page);
      const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(links, ['/news/assets/css/site.css', '/news/assets/css/theme/brand.css', '/news/assets/css/theme/later.css'], page);
    }
    assert.equal(readFileSync(path.join(site.out, 'assets/css/theme/brand.css'), 'utf8'), ':root { --accent: #b00; }\n');
  });

  test('head.html ends every <head>, body-end.html comes just before every </body>', () => {
    for (const page of ['index.html', '2025/10/01/a/index.html']) {
      const html = site.read(page);
      assert.match(html, /<meta name="google-site-verification" content="abc123">\n<\/head>/, page);
      assert.match(html, /<script defer src="https:\/\/stats\.example\/s\.js" data-site="themed"><\/script>\n<\/body>/, page);
    }
  });

  test('a file the theme folder does not use is named in a warning', () => {
    site.write('theme/notes.txt', 'x');
    const result = site.build();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /theme\/notes\.txt: is not used/);
  });
});
