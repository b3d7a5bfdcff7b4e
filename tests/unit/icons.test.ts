/** The site icon's plan, links, manifest and ICO container (issue #13): the pure half, no sharp, no files. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Base } from '../../layouts/base.tsx';
import { renderDocument } from '../../layouts/render.ts';
import { icoFile } from '../../src/icons/ico.ts';
import { iconLinks } from '../../src/icons/links.ts';
import { webManifest } from '../../src/icons/manifest.ts';
import { maskableMargin, planIconFiles } from '../../src/icons/plan.ts';
import { findCollisions } from '../../src/pages/collisions.ts';
import type { Site } from '../../src/site.ts';
import { siteIn } from './support.ts';

const icon = 'assets/images/0123456789abcdef0123456789abcdef.png';
const withIcon = (pathPrefix: string, manifest: Site['manifest'] = { backgroundColor: '#ffffff' }): Site => siteIn('UTC', { icon, pathPrefix, manifest });

describe('the planned files', () => {
  test('are none without an icon', () => {
    assert.deepEqual(planIconFiles(siteIn('UTC')), []);
    assert.deepEqual(iconLinks(siteIn('UTC')), []);
  });

  for (const prefix of ['/', '/news/']) {
    test(`sit at the root of the output folder, whatever the path prefix (${prefix})`, () => {
      assert.deepEqual(
        planIconFiles(withIcon(prefix)).map((file) => `${file.url} → ${file.outputPath}`),
        ['/favicon.ico → favicon.ico', '/apple-touch-icon.png → apple-touch-icon.png', '/icon-192.png → icon-192.png', '/icon-512.png → icon-512.png', '/icon-maskable-512.png → icon-maskable-512.png', '/manifest.webmanifest → manifest.webmanifest'],
      );
    });
  }

  test("an owner's static/favicon.ico collides with the generated one", () => {
    const owners = { url: '/favicon.ico', outputPath: 'favicon.ico', source: 'static/favicon.ico', copied: true };
    const problems = findCollisions([...planIconFiles(withIcon('/news/')), owners]);
    assert.deepEqual(problems.map((problem) => `${problem.file}: ${problem.message}`), ['static/favicon.ico: is published as it is at /favicon.ico, and so is the site icon (/favicon.ico).']);
  });

  test("the maskable icon's fitted box stays inside the safe circle of radius 40%", () => {
    for (const size of [48, 192, 512, 1024]) {
      const side = size - 2 * maskableMargin(size);
      assert.ok(side * Math.SQRT2 <= size * 0.8, `${size}: a box of ${side} reaches past the circle`);
      assert.ok((side + 2) * Math.SQRT2 > size * 0.8, `${size}: a box of ${side} wastes a margin`);
    }
  });
});

describe('the <head> links', () => {
  test('under the root', () => {
    assert.deepEqual(iconLinks(withIcon('/')), [
      { rel: 'icon', href: '/favicon.ico', sizes: '32x32' },
      { rel: 'apple-touch-icon', href: '/apple-touch-icon.png' },
      { rel: 'manifest', href: '/manifest.webmanifest' },
    ]);
  });

  test('under a path prefix', () => {
    assert.deepEqual(iconLinks(withIcon('/news/')).map((link) => link.href), ['/news/favicon.ico', '/news/apple-touch-icon.png', '/news/manifest.webmanifest']);
  });

  const page = (site: Site): string =>
    renderDocument(Base, { chrome: { site, nav: [], footer: [], social: [], stylesheets: [], search: false, breaking: [] }, title: 'A page', description: '', url: '/about/', children: null });
  const head = (html: string): string => html.slice(0, html.indexOf('</head>'));

  test('are in every page\'s head, with the theme colour', () => {
    const html = head(page(withIcon('/news/', { backgroundColor: '#ffffff', themeColor: '#1a1a1a' })));
    assert.ok(html.includes('<link rel="icon" href="/news/favicon.ico" sizes="32x32"/><link rel="apple-touch-icon" href="/news/apple-touch-icon.png"/><link rel="manifest" href="/news/manifest.webmanifest"/><meta name="theme-color" content="#1a1a1a"/>'), html);
  });

  test('are left out without an icon; a theme colour alone is still said', () => {
    const plain = head(page(siteIn('UTC')));
    assert.doesNotMatch(plain, /rel="(icon|apple-touch-icon|manifest)"|theme-color/);
    const themed = head(page(siteIn('UTC', { manifest: { backgroundColor: '#ffffff', themeColor: '#abc' } })));
    assert.doesNotMatch(themed, /rel="(icon|apple-touch-icon|manifest)"/);
    assert.match(themed, /<meta name="theme-color" content="#abc"\/>/);
  });
});

describe('the manifest', () => {
  test('names the site, its scope and its icons under the path prefix', () => {
    assert.deepEqual(webManifest(withIcon('/news/', { backgroundColor: '#fff', themeColor: '#1a1a1a', shortName: 'Gazette' })), {
      id: '/news/',
      name: 'The Test Gazette',
      short_name: 'Gazette',
      description: 'A site for tests.',
      lang: 'en',
      start_url: '/news/',
      scope: '/news/',
      display: 'minimal-ui',
      background_color: '#fff',
      theme_color: '#1a1a1a',
      icons: [
        { src: '/news/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/news/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/news/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    });
  });

  test('falls back to the title for the short name, and leaves out what is not set', () => {
    const manifest = webManifest({ ...withIcon('/'), description: '' });
    assert.equal(manifest['short_name'], 'The Test Gazette');
    assert.equal(manifest['start_url'], '/');
    assert.ok(!('theme_color' in manifest) && !('description' in manifest));
  });
});

describe('the ICO container', () => {
  test('is a header, one entry per image, then the PNGs in order', () => {
    const small = Buffer.from('small png');
    const large = Buffer.from('a larger png');
    const ico = icoFile([{ size: 16, png: small }, { size: 256, png: large }]);
    assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)], [0, 1, 2]);
    const entry = (i: number) => {
      const at = 6 + 16 * i;
      return { width: ico[at], height: ico[at + 1], colours: ico[at + 2], planes: ico.readUInt16LE(at + 4), bits: ico.readUInt16LE(at + 6), length: ico.readUInt32LE(at + 8), offset: ico.readUInt32LE(at + 12) };
    };
    assert.deepEqual(entry(0), { width: 16, height: 16, colours: 0, planes: 1, bits: 32, length: small.length, offset: 38 });
    assert.deepEqual(entry(1), { width: 0, height: 0, colours: 0, planes: 1, bits: 32, length: large.length, offset: 38 + small.length }, '256 is written as 0');
    assert.equal(ico.subarray(38).toString(), 'small pnga larger png');
  });

  test('refuses a size one byte cannot hold', () => {
    assert.throws(() => icoFile([{ size: 257, png: Buffer.alloc(1) }]), /1 to 256 pixels wide; found 257/);
  });
});
