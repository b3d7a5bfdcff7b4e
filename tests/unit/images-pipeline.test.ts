/**
 * The real pipeline on one tiny image of each kind (issue #4): one build into a temp folder, then its files are read
 * back with sharp: sizes, formats, colour, metadata, placeholders, link previews.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { planFiles } from '../../src/images/plan.ts';
import { ImageService, type ImageSummary } from '../../src/images/service.ts';
import type { ProcessedImage } from '../../src/images/types.ts';
import { createImageSite, draw, type ImageSite, md5, outputFiles, paint, testSettings } from './images-fixtures.ts';

const kinds = {
  photo: 'jpg',
  rotated: 'jpg',
  withGps: 'jpg',
  cmyk: 'jpg',
  displayP3: 'jpg',
  rgb16: 'png',
  grey: 'jpg',
  alpha: 'png',
  animatedGif: 'gif',
  animatedWebp: 'webp',
  webp: 'webp',
} as const;
type Kind = keyof typeof kinds;
const kindNames = Object.keys(kinds) as Kind[];
const withPreview = new Set<Kind>(['photo', 'alpha']);

describe('the pipeline on one image of each kind', () => {
  let site: ImageSite;
  let out: string;
  const sources = {} as Record<Kind, Buffer>;
  const images = {} as Record<Kind, ProcessedImage>;
  let filesWhenPhotoWasPrepared: string[];
  let summary: ImageSummary;

  const file = (fileName: string): string => path.join(out, 'assets/images', fileName);
  const filesOf = (kind: Kind): string[] => planFiles(images[kind].plan).map((variant) => variant.fileName);
  const pixelAt = async (fileName: string, x: number, y: number): Promise<number[]> => {
    const { data, info } = await sharp(file(fileName)).raw().toBuffer({ resolveWithObject: true });
    const at = (y * info.width + x) * info.channels;
    return [...data.subarray(at, at + info.channels)];
  };
  const near = (actual: readonly number[], expected: readonly number[], tolerance: number, label: string): void => {
    expected.forEach((value, i) => assert.ok(Math.abs((actual[i] ?? -999) - value) <= tolerance, `${label}: channel ${i} is ${actual[i]}, expected ${value} ± ${tolerance} (${actual.join(',')})`));
  };

  before(async () => {
    site = createImageSite();
    out = site.output();
    const service = new ImageService({ root: site.root, outputDir: out, cacheDir: site.cacheDir, settings: testSettings({ formats: ['avif', 'webp'] }) });
    for (const kind of kindNames) sources[kind] = await draw[kind]();
    const paths = Object.fromEntries(kindNames.map((kind) => [kind, site.add(sources[kind], kinds[kind])])) as Record<Kind, string>;
    const prepare = async (kind: Kind): Promise<ProcessedImage> => {
      const image = await service.prepare({ sitePath: paths[kind], referrer: `posts/${kind}.md`, og: withPreview.has(kind) });
      assert.ok(image, `${kind} was prepared`);
      return image;
    };
    images.photo = await prepare('photo');
    filesWhenPhotoWasPrepared = outputFiles(out);
    await Promise.all(kindNames.filter((kind) => kind !== 'photo').map(async (kind) => (images[kind] = await prepare(kind))));
    summary = await service.finish();
  });

  after(() => site.dispose());

  test('prepare answers once the placeholder exists; the variants are encoded after it, in the queue', () => {
    assert.ok(images.photo.placeholder.startsWith('data:image/webp;base64,'));
    // Not waited for: the encodes are queued behind the answer (one may have started writing on a busy machine).
    const finished = filesWhenPhotoWasPrepared.filter((name) => !name.endsWith('.tmp'));
    assert.ok(finished.length < filesOf('photo').length, `prepare waited for ${finished.length} of ${filesOf('photo').length} variants`);
    for (const name of filesOf('photo')) assert.ok(outputFiles(out).includes(name), name);
  });

  test('writes exactly the planned files, named by the md5 of the source', () => {
    assert.deepEqual(outputFiles(out), kindNames.flatMap(filesOf).sort());
    for (const kind of kindNames) {
      assert.equal(images[kind].plan.source.hash, md5(sources[kind]));
      for (const name of filesOf(kind)) assert.ok(name.startsWith(`${md5(sources[kind])}-`), name);
    }
    assert.deepEqual(filesOf('photo').filter((name) => name.endsWith('.jpg')), [320, 640, 'og'].map((w) => `${md5(sources.photo)}-${w}.jpg`));
  });

  test('every file is the format its name says, at its planned size, 8-bit sRGB, without EXIF, XMP, IPTC or ICC data', async () => {
    const expectedFormat = { avif: 'heif', webp: 'webp', jpg: 'jpeg', png: 'png' } as const;
    for (const kind of kindNames) {
      for (const variant of planFiles(images[kind].plan)) {
        const meta = await sharp(file(variant.fileName)).metadata();
        const label = `${kind}: ${variant.fileName}`;
        assert.equal(meta.format, expectedFormat[path.extname(variant.fileName).slice(1) as keyof typeof expectedFormat], label);
        if (meta.format === 'heif') assert.equal(meta.compression, 'av1', label);
        assert.deepEqual([meta.width, meta.height, meta.pages ?? 1], [variant.width, variant.height, 1], label);
        assert.equal(meta.space, 'srgb', label);
        assert.equal(meta.depth, 'uchar', label);
        assert.deepEqual([meta.exif, meta.xmp, meta.iptc, meta.icc, meta.orientation], [undefined, undefined, undefined, undefined, undefined], label);
      }
    }
  });

  test('a JPEG with EXIF orientation 6 is turned upright: stored 200x100, planned and written 100x200', async () => {
    const stored = await sharp(sources.rotated).metadata();
    assert.deepEqual([stored.width, stored.height, stored.orientation], [200, 100, 6]);
    assert.deepEqual([images.rotated.plan.source.width, images.rotated.plan.source.height], [100, 200]);
    const fallback = await sharp(file(`${md5(sources.rotated)}-100.jpg`)).metadata();
    assert.deepEqual([fallback.width, fallback.height, fallback.orientation], [100, 200, undefined]);
  });

  test('no camera or GPS data leaves the build', async () => {
    const exif = (await sharp(sources.withGps).metadata()).exif?.toString('latin1') ?? '';
    assert.ok(exif.includes('WGS-84') && exif.includes('Acme'), 'the fixture carries GPS and camera data');
    for (const name of filesOf('withGps')) {
      assert.equal((await sharp(file(name)).metadata()).exif, undefined, name);
      assert.ok(!readFileSync(file(name)).toString('latin1').includes('Acme'), name);
    }
  });

  test('colour is converted to sRGB through the source’s profile: CMYK and Display P3 keep their colour', async () => {
    const expected = [paint.r, paint.g, paint.b];
    const storedP3 = [...(await sharp(sources.displayP3, { ignoreIcc: true }).raw().toBuffer()).subarray(0, 3)];
    assert.ok(Math.abs((storedP3[0] ?? 0) - paint.r) > 8, `the fixture's stored P3 values differ from sRGB (${storedP3.join(',')})`);
    near(await pixelAt(`${md5(sources.displayP3)}-200.jpg`, 100, 50), expected, 5, 'P3 → sRGB');
    near(await pixelAt(`${md5(sources.displayP3)}-200.webp`, 100, 50), expected, 6, 'P3 → sRGB WebP');
    // CMYK has a smaller gamut: the round trip through libvips's CMYK profile moves blue most.
    near(await pixelAt(`${md5(sources.cmyk)}-200.jpg`, 100, 50), expected, 35, 'CMYK → sRGB');
  });

  test('16-bit, greyscale and still WebP sources make 8-bit sRGB variants with a JPEG fallback', async () => {
    assert.equal((await sharp(sources.rgb16).metadata()).depth, 'ushort');
    for (const kind of ['rgb16', 'grey', 'webp'] as const) {
      assert.equal(images[kind].plan.fallback, 'jpeg', kind);
      const meta = await sharp(file(`${md5(sources[kind])}-200.jpg`)).metadata();
      assert.deepEqual([meta.space, meta.channels, meta.depth], ['srgb', 3, 'uchar'], kind);
    }
    near(await pixelAt(`${md5(sources.rgb16)}-200.jpg`, 10, 10), [paint.r, paint.g, paint.b], 4, '16-bit');
  });

  test('a PNG with transparency keeps it: PNG fallback, alpha in every variant, the link preview laid on white', async () => {
    const hash = md5(sources.alpha);
    assert.equal(images.alpha.plan.fallback, 'png');
    for (const ext of ['avif', 'webp', 'png']) assert.equal((await sharp(file(`${hash}-200.${ext}`)).metadata()).hasAlpha, true, ext);
    const [r, g, b, a] = await pixelAt(`${hash}-200.png`, 10, 10);
    assert.ok(Math.abs((a ?? 0) - 128) <= 2 && Math.abs((r ?? 0) - paint.r) <= 8 && Math.abs((g ?? 0) - paint.g) <= 8 && Math.abs((b ?? 0) - paint.b) <= 8, `${[r, g, b, a]}`);
    const og = await sharp(file(`${hash}-og.jpg`)).metadata();
    assert.deepEqual([og.format, og.width, og.height, og.hasAlpha], ['jpeg', 1200, 630, false]);
    near(await pixelAt(`${hash}-og.jpg`, 600, 315), [228, 178, 153], 6, 'half-transparent paint on white');
  });

  test('animated GIF and WebP: still variants of the first frame, with a JPEG fallback (their frames are opaque)', async () => {
    for (const kind of ['animatedGif', 'animatedWebp'] as const) {
      assert.equal((await sharp(sources[kind]).metadata()).pages, 3, `${kind} fixture has 3 frames`);
      assert.deepEqual([images[kind].plan.source.animated, images[kind].plan.fallback, images[kind].plan.source.height], [true, 'jpeg', 40], kind);
      near(await pixelAt(`${md5(sources[kind])}-60.jpg`, 30, 20), [255, 0, 0], 12, `${kind} shows the red first frame`);
    }
    assert.equal(images.photo.plan.source.animated, false);
  });

  test('placeholders are tiny blurred WebPs under 1 KB, at most 16px', async () => {
    for (const kind of kindNames) {
      const { placeholder } = images[kind];
      assert.ok(placeholder.length < 1024, `${kind}: ${placeholder.length} characters`);
      const bytes = Buffer.from(placeholder.replace(/^data:image\/webp;base64,/, ''), 'base64');
      const meta = await sharp(bytes).metadata();
      assert.equal(meta.format, 'webp', kind);
      assert.ok(Math.max(meta.width, meta.height) <= 16 && Math.max(meta.width, meta.height) >= 8, `${kind}: ${meta.width}x${meta.height}`);
    }
  });

  test('a link preview is a 1200x630 JPEG named <md5>-og.jpg, made only for sources asked for one', async () => {
    const og = await sharp(file(`${md5(sources.photo)}-og.jpg`)).metadata();
    assert.deepEqual([og.format, og.width, og.height], ['jpeg', 1200, 630]);
    assert.deepEqual(outputFiles(out).filter((name) => name.endsWith('-og.jpg')).sort(), [`${md5(sources.alpha)}-og.jpg`, `${md5(sources.photo)}-og.jpg`].sort());
  });

  test('the summary counts one decode per source and the bytes read and written', () => {
    const written = outputFiles(out).reduce((sum, name) => sum + statSync(file(name)).size, 0);
    const read = kindNames.reduce((sum, kind) => sum + sources[kind].length, 0);
    assert.deepEqual(summary, { seen: kindNames.length, generated: kindNames.length, cached: 0, decodes: kindNames.length, bytesIn: read, bytesOut: written, warnings: [] });
  });
});
