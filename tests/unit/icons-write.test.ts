/** writeIcons (issue #13): the files one image becomes, read back with sharp; the cache; the errors that name `icon`. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import sharp from 'sharp';
import { formatProblem, ImageError } from '../../src/errors.ts';
import { maskableMargin, planIconFiles } from '../../src/icons/plan.ts';
import { type IconOptions, writeIcons } from '../../src/icons/write.ts';
import type { Site } from '../../src/site.ts';
import { createImageSite, draw, type ImageSite, md5 } from './images-fixtures.ts';
import { siteIn } from './support.ts';

/**
 * A site and image cache of its own for each suite: suites run at once, and each build prunes the icon cache of
 * every source but its own.
 */
function freshSite(): ImageSite {
  const images = createImageSite();
  after(() => images.dispose());
  return images;
}

/** 600x600: a red disc on transparency, so the corners show what each icon does with transparency. */
const disc = (): Promise<Buffer> =>
  sharp(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><circle cx="300" cy="300" r="280" fill="#ff0000"/></svg>')).png().toBuffer();

const background = '#112233';
const backgroundRgb = [0x11, 0x22, 0x33];

function siteWith(icon: string, overrides: Partial<Site> = {}): Site {
  return siteIn('UTC', { icon, pathPrefix: '/news/', manifest: { backgroundColor: background, themeColor: '#abcdef' }, ...overrides });
}

function options(images: ImageSite, site: Site, output = images.output()): IconOptions {
  return { site, root: images.root, output, cacheDir: images.cacheDir };
}

/** The RGBA of the pixel at (x, y). */
async function pixelAt(file: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * 4;
  return [...data.subarray(at, at + 4)];
}

async function describePng(file: Buffer): Promise<string> {
  const meta = await sharp(file).metadata();
  return `${meta.format} ${meta.width}x${meta.height}${meta.hasAlpha ? ' alpha' : ''}`;
}

interface IcoEntry {
  readonly width: number;
  readonly png: Buffer;
}

function readIco(ico: Buffer): IcoEntry[] {
  assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2)], [0, 1], 'an ICONDIR of type 1 (icon)');
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    assert.equal(ico[at], ico[at + 1], 'square');
    assert.equal(ico.readUInt16LE(at + 6), 32, '32 bits a pixel');
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return { width: ico[at] ?? -1, png: ico.subarray(offset, offset + length) };
  });
}

describe('a square PNG with transparency', async () => {
  const images = freshSite();
  const sitePath = images.add(await disc(), 'png');
  const site = siteWith(sitePath);
  const output = images.output();
  const result = await writeIcons(options(images, site, output));
  const read = (name: string): Buffer => readFileSync(path.join(output, name));

  test('writes exactly the planned files, with no warning', () => {
    assert.equal(result.written, 6);
    assert.deepEqual(readdirSync(output).sort(), planIconFiles(site).map((file) => file.outputPath).sort());
    assert.deepEqual(result.warnings, []);
  });

  test('favicon.ico holds a 16 and a 32 pixel PNG, transparent in the corners', async () => {
    const entries = readIco(read('favicon.ico'));
    assert.deepEqual(entries.map((entry) => entry.width), [16, 32]);
    for (const entry of entries) {
      assert.equal(await describePng(entry.png), `png ${entry.width}x${entry.width} alpha`);
      assert.equal((await pixelAt(entry.png, 0, 0))[3], 0);
      assert.deepEqual(await pixelAt(entry.png, entry.width / 2, entry.width / 2), [255, 0, 0, 255]);
    }
  });

  test('the manifest icons keep the transparency; the Apple touch icon is opaque on the background colour', async () => {
    assert.equal(await describePng(read('icon-192.png')), 'png 192x192 alpha');
    assert.equal(await describePng(read('icon-512.png')), 'png 512x512 alpha');
    assert.equal((await pixelAt(read('icon-512.png'), 0, 0))[3], 0);
    assert.equal(await describePng(read('apple-touch-icon.png')), 'png 180x180');
    assert.deepEqual(await pixelAt(read('apple-touch-icon.png'), 0, 0), [...backgroundRgb, 255]);
    assert.deepEqual(await pixelAt(read('apple-touch-icon.png'), 90, 90), [255, 0, 0, 255]);
  });

  test('the maskable icon is opaque, with the image inside the safe zone', async () => {
    const maskable = read('icon-maskable-512.png');
    assert.equal(await describePng(maskable), 'png 512x512');
    const margin = maskableMargin(512);
    // The disc's edge reaches its box's sides at mid-height: just outside the box is background, just inside red.
    assert.deepEqual(await pixelAt(maskable, margin - 2, 256), [...backgroundRgb, 255]);
    assert.deepEqual(await pixelAt(maskable, margin + 10, 256), [255, 0, 0, 255]);
    assert.deepEqual(await pixelAt(maskable, 256, 256), [255, 0, 0, 255]);
  });

  test('the manifest is JSON naming the icons under the path prefix', () => {
    const manifest = JSON.parse(read('manifest.webmanifest').toString()) as Record<string, unknown>;
    assert.equal(manifest['start_url'], '/news/');
    assert.equal(manifest['background_color'], background);
    assert.equal(manifest['theme_color'], '#abcdef');
    assert.deepEqual((manifest['icons'] as Array<{ src: string }>).map((icon) => icon.src), ['/news/icon-192.png', '/news/icon-512.png', '/news/icon-maskable-512.png']);
  });
});

describe('a non-square JPEG', async () => {
  const images = freshSite();
  const sitePath = images.add(await draw.photo(700, 400), 'jpg');
  const output = images.output();
  const result = await writeIcons(options(images, siteWith(sitePath), output));
  const read = (name: string): Buffer => readFileSync(path.join(output, name));

  test('is fitted whole, never cropped: nothing above it on the transparent icons, the background on the opaque ones', async () => {
    const icon = read('icon-512.png');
    assert.equal(await describePng(icon), 'png 512x512 alpha');
    assert.equal((await pixelAt(icon, 256, 10))[3], 0, 'above the photo');
    assert.equal((await pixelAt(icon, 256, 256))[3], 255, 'the photo');
    assert.equal((await pixelAt(icon, 0, 256))[3], 255, 'its full width is kept');
    assert.equal(await describePng(read('apple-touch-icon.png')), 'png 180x180');
    assert.deepEqual(await pixelAt(read('apple-touch-icon.png'), 90, 2), [...backgroundRgb, 255]);
  });

  test('with an alpha channel opaque everywhere (as the sample logo has) gets nothing, not black, beside it', async () => {
    const opaque = await sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 1 } } }).png().toBuffer();
    const wideOutput = images.output();
    await writeIcons(options(images, siteWith(images.add(opaque, 'png')), wideOutput));
    const icon = readFileSync(path.join(wideOutput, 'icon-192.png'));
    assert.equal((await pixelAt(icon, 96, 5))[3], 0);
    assert.deepEqual(await pixelAt(icon, 96, 96), [0, 0, 255, 255]);
  });

  test('is warned about, naming the setting', () => {
    assert.deepEqual(result.warnings.map(formatProblem), [
      `the site settings: \`icon\` names ${sitePath}, which is 700x400, not square: every icon shows it whole, centred in a square, on ${background} (\`manifest.backgroundColor\`) in the Apple touch icon and the maskable icon and on nothing in the others. Crop it to a square of at least 512x512 and add that with \`npm run image\`, so the icons are filled.`,
    ]);
  });
});

describe('the cache', async () => {
  const images = freshSite();
  const bytes = await disc();
  const sitePath = images.add(bytes, 'png');
  const cached = (background: string, name: string): string => path.join(images.cacheDir, 'icons', md5(bytes), `v1-p1-bg${background}`, name);
  const first = images.output();
  await writeIcons(options(images, siteWith(sitePath), first));

  test('serves a rebuild with the same image and background without drawing again', async () => {
    // A marker in the cache: only a copy from the cache can put it in the output.
    const marker = await sharp({ create: { width: 192, height: 192, channels: 3, background: '#00ff00' } }).png().toBuffer();
    writeFileSync(cached('112233', 'icon-192.png'), marker);
    const second = images.output();
    await writeIcons(options(images, siteWith(sitePath), second));
    assert.deepEqual(readFileSync(path.join(second, 'icon-192.png')), marker);
    assert.deepEqual(readFileSync(path.join(second, 'icon-512.png')), readFileSync(path.join(first, 'icon-512.png')));
  });

  test('draws again for another background, and prunes the entry no longer used', async () => {
    const third = images.output();
    await writeIcons(options(images, siteWith(sitePath, { manifest: { backgroundColor: '#FFF' } }), third));
    assert.deepEqual(await pixelAt(readFileSync(path.join(third, 'apple-touch-icon.png')), 0, 0), [255, 255, 255, 255]);
    assert.ok(existsSync(cached('ffffff', 'icon-192.png')));
    assert.ok(!existsSync(cached('112233', 'icon-192.png')));
  });

  test('a cache file gone missing is a miss, not a failure', async () => {
    rmSync(cached('ffffff', 'favicon.ico'));
    const fourth = images.output();
    assert.equal((await writeIcons(options(images, siteWith(sitePath, { manifest: { backgroundColor: '#fff' } }), fourth))).written, 6);
    assert.ok(existsSync(cached('ffffff', 'favicon.ico')));
  });
});

describe('a source that cannot be used is one problem naming `icon`, and nothing is written', () => {
  const images = freshSite();
  const refused = async (site: Site): Promise<string[]> => {
    const output = images.output();
    const error = await writeIcons(options(images, site, output)).then(
      () => assert.fail('writeIcons should have refused the icon'),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof ImageError, `expected an ImageError, got ${String(error)}`);
    assert.ok(!existsSync(output), 'nothing was written');
    return error.problems.map(formatProblem);
  };

  test('a missing file', async () => {
    assert.deepEqual(await refused(siteWith('assets/images/0123456789abcdef0123456789abcdef.png')), [
      'the site settings: `icon` names assets/images/0123456789abcdef0123456789abcdef.png, which was not found: expected an image file at assets/images/0123456789abcdef0123456789abcdef.png in the site folder; found none. Correct the path, or add it with `npm run image -- path/to/photo.jpg` and use the path it prints.',
    ]);
  });

  test('a path out of the site', async () => {
    assert.match((await refused(siteWith('../outside.png')))[0] ?? '', /^the site settings: `icon` names \.\.\/outside\.png, which points outside the site folder/);
  });

  test('a file that is not an image', async () => {
    const sitePath = images.add(await draw.notAnImage(), 'png');
    assert.match((await refused(siteWith(sitePath)))[0] ?? '', /^the site settings: `icon` names .*, which is not an image: expected a JPEG, PNG/);
  });

  test('more pixels than images.maxPixels', async () => {
    const sitePath = images.add(await disc(), 'png');
    const site = siteWith(sitePath, { images: { ...siteIn('UTC').images, maxPixels: 10_000 } });
    assert.match((await refused(site))[0] ?? '', /`icon` names .*, which is 600x600, 360,000 pixels; the limit \(images\.maxPixels\) is 10,000/);
  });
});

describe('warnings that do not stop the icons', () => {
  const images = freshSite();
  test('none of the files without an icon setting', async () => {
    const output = images.output();
    assert.deepEqual(await writeIcons(options(images, siteIn('UTC'), output)), { written: 0, warnings: [] });
    assert.ok(!existsSync(output));
  });

  test('a small source, and a file changed after it was added', async () => {
    const small = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#336699' } }).png().toBuffer();
    const sitePath = images.put('assets/images/ffffffffffffffffffffffffffffffff.png', small);
    const { warnings } = await writeIcons(options(images, siteWith(sitePath)));
    assert.deepEqual(warnings.map((warning) => warning.message.replace(/^names \S+, which /, '').split(':')[0]), ['is named for the md5 ffffffffffffffffffffffffffffffff, but its content hashes to ' + md5(small), 'is 64x64']);
    assert.ok(warnings.every((warning) => warning.file === 'the site settings' && warning.field === 'icon' && warning.fix !== undefined));
  });
});
