/**
 * The image pipeline inside a real build (issue #4): body and lead images become `<picture>`s, variants and the
 * link-preview crop are written, a rebuild decodes nothing, and bad images fail the build naming post and image.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { findBrokenLinks } from '../../src/check/links.ts';
import { createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';
import { createHash } from 'node:crypto';

const settings = { title: 'Fixture Times', url: 'https://fixture.example', timeZone: 'UTC' };

async function photo(width: number, height: number): Promise<{ name: string; bytes: Buffer }> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } }).jpeg().toBuffer();
  return { name: `${createHash('md5').update(bytes).digest('hex')}.jpg`, bytes };
}

describe('images in a built site', () => {
  let site: FixtureSite;
  let first: ReturnType<FixtureSite['build']>;
  let hero: { name: string; bytes: Buffer };
  let inline: { name: string; bytes: Buffer };

  before(async () => {
    site = createFixtureSite(settings);
    hero = await photo(700, 400);
    inline = await photo(300, 200);
    site.write(`assets/images/${hero.name}`, hero.bytes);
    site.write(`assets/images/${inline.name}`, inline.bytes);
    site.write('posts/2025-10-09-pictured.md', post(`title: Pictured\nimage: assets/images/${hero.name}\nimage_alt: A blue field`, `Intro.\n\n![A smaller field](/assets/images/${inline.name} "Fields in May")\n\n![](/assets/images/${tinyJpegName})`));
    first = site.build();
  });
  after(() => site.dispose());

  test('the lead image is an eager <picture> with WebP and JPEG at widths up to the source (no AVIF unless asked for, issue #14)', () => {
    assert.equal(first.status, 0, first.stderr);
    const html = site.read('2025/10/09/pictured/index.html');
    const hash = hero.name.replace('.jpg', '');
    // 700 px wide: the configured widths up to it (a source only gets its own width when much wider, see plan.ts).
    assert.ok(html.includes(`<picture><source type="image/webp" srcset="/assets/images/${hash}-320.webp 320w, /assets/images/${hash}-640.webp 640w"`), html);
    assert.doesNotMatch(html, /image\/avif|\.avif/);
    assert.ok(html.includes(`width="700" height="400" alt="A blue field" loading="eager" decoding="async" fetchpriority="high"`), html);
  });

  test('body images are lazy <picture>s, and one without alt text is a warning naming the post', () => {
    const html = site.read('2025/10/09/pictured/index.html');
    assert.ok(html.includes(`width="300" height="200" alt="A smaller field" loading="lazy" decoding="async"`), html);
    // Captioned (issue #6): the figure made from the markdown title holds the pipeline's <picture>.
    assert.match(html, /<figure><picture><source type="image\/webp"[^]*?alt="A smaller field"[^]*?<\/picture><figcaption>Fields in May<\/figcaption><\/figure>/);
    assert.match(first.stderr, /warning: posts\/2025-10-09-pictured\.md: `image` \/assets\/images\/[0-9a-f]{32}\.jpg in the story has no alt text\./);
  });

  test('writes every variant and a 1200x630 JPEG link preview, and no original', async () => {
    const hash = hero.name.replace('.jpg', '');
    const og = await sharp(path.join(site.out, `assets/images/${hash}-og.jpg`)).metadata();
    assert.deepEqual([og.format, og.width, og.height], ['jpeg', 1200, 630]);
    assert.equal(site.exists(`assets/images/${hero.name}`), false);
    assert.deepEqual(await findBrokenLinks(site.out), []);
  });

  test('prints one summary line, and a rebuild decodes no image', () => {
    assert.match(first.stdout, /images: 3 seen, 3 generated, 0 from cache, 3 decodes, /);
    // --full: with nothing changed, a build would have nothing to do and not look at the images at all.
    const again = site.build(['--full']);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /images: 3 seen, 0 generated, 3 from cache, 0 decodes, /);
  });
});

describe('bad images', () => {
  test('a missing, a corrupt and a non-image file fail the build together, naming post and image; _site stays', () => {
    const site = createFixtureSite(settings);
    try {
      site.write('posts/2025-10-09-ok.md', post('title: Fine'));
      assert.equal(site.build().status, 0);
      const before = site.fingerprint();
      site.write('assets/images/corrupt.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]));
      site.write('assets/images/notes.png', 'not an image at all');
      site.write('posts/2025-10-10-broken.md', post('title: Broken', '![Missing](/assets/images/nowhere.jpg)\n\n![Corrupt](/assets/images/corrupt.jpg)\n\n![Text](/assets/images/notes.png)'));
      const result = site.build();
      assert.equal(result.status, 1);
      const report = result.stdout + result.stderr;
      for (const image of ['nowhere.jpg', 'corrupt.jpg', 'notes.png']) {
        assert.match(report, new RegExp(`assets/images/${image.replace('.', '\\.')}.*posts/2025-10-10-broken\\.md|posts/2025-10-10-broken\\.md.*assets/images/${image.replace('.', '\\.')}`), report);
      }
      assert.equal(site.fingerprint(), before);
    } finally {
      site.dispose();
    }
  });
});
