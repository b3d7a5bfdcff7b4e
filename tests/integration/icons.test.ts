/**
 * Issue #13: one `icon` setting makes the favicon set and the web app manifest through the image pipeline, linked
 * from every page; a file of static/ at one of their URLs is a collision, not a silent overwrite.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createFixtureSite, type FixtureSite, post } from '../helpers/fixture-site.ts';

let site: FixtureSite;
before(async () => {
  const png = await sharp({ create: { width: 600, height: 600, channels: 4, background: { r: 200, g: 30, b: 40, alpha: 1 } } }).png().toBuffer();
  const name = `${createHash('md5').update(png).digest('hex')}.png`;
  site = createFixtureSite({ title: 'Iconic', url: 'https://iconic.example', pathPrefix: '/news/', timeZone: 'UTC', search: false, icon: `assets/images/${name}`, manifest: { themeColor: '#1a1a1a' } });
  site.write(`assets/images/${name}`, png);
  site.write('posts/2025-10-01-a.md', post('title: A\ncategories: [World]'));
  const result = site.build();
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
after(() => site.dispose());

describe('the site icon (issue #13)', () => {
  test('makes the favicon set at the root of the output, each at its size', async () => {
    for (const [file, size] of [['apple-touch-icon.png', 180], ['icon-192.png', 192], ['icon-512.png', 512], ['icon-maskable-512.png', 512]] as const) {
      const meta = await sharp(`${site.out}/${file}`).metadata();
      assert.equal(meta.format, 'png', file);
      assert.equal(meta.width, size, file);
      assert.equal(meta.height, size, file);
    }
    const ico = Buffer.from(site.read('favicon.ico'), 'latin1');
    assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2)], [0, 1], 'an ICO header');
  });

  test('writes a manifest scoped to the path prefix, naming the icons', () => {
    const manifest = JSON.parse(site.read('manifest.webmanifest')) as { name: string; start_url: string; scope: string; theme_color: string; icons: Array<{ src: string; sizes: string }> };
    assert.equal(manifest.name, 'Iconic');
    assert.equal(manifest.start_url, '/news/');
    assert.equal(manifest.scope, '/news/');
    assert.equal(manifest.theme_color, '#1a1a1a');
    assert.deepEqual(manifest.icons.map((icon) => `${icon.src} ${icon.sizes}`).slice(0, 2), ['/news/icon-192.png 192x192', '/news/icon-512.png 512x512']);
  });

  test('every page links them in its <head>', () => {
    for (const page of ['index.html', '2025/10/01/a/index.html', '404.html']) {
      const html = site.read(page);
      assert.match(html, /<link rel="icon" href="\/news\/favicon\.ico" sizes="32x32"\/>/, page);
      assert.match(html, /<link rel="apple-touch-icon" href="\/news\/apple-touch-icon\.png"\/>/, page);
      assert.match(html, /<link rel="manifest" href="\/news\/manifest\.webmanifest"\/>/, page);
      assert.match(html, /<meta name="theme-color" content="#1a1a1a"\/>/, page);
    }
  });

  test('a static/favicon.ico beside the icon setting is a collision naming both', () => {
    site.write('static/favicon.ico', 'x');
    try {
      const result = site.build();
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.match(result.stderr, /static\/favicon\.ico/);
      assert.match(result.stderr, /site icon/);
    } finally {
      site.remove('static/favicon.ico');
    }
  });
});
