/** Planning one source's files (issue #4): pure, no sharp. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cacheFileName, encoderKey, parseVariantFileName, placeholderSize, planFiles, planImage, planWidths } from '../../src/images/plan.ts';
import { defaultImageSettings, type ImageSettings, type SourceInfo } from '../../src/images/types.ts';

const hash = '0123456789abcdef0123456789abcdef';
const source = (width: number, height: number, extra: Partial<SourceInfo> = {}): SourceInfo => ({ hash, width, height, hasAlpha: false, animated: false, format: 'jpeg', ...extra });
/** A site that opted into AVIF, at the widths that were the defaults before issue #14: every format and width shows. */
const settings: ImageSettings = { ...defaultImageSettings(), formats: ['avif', 'webp'], widths: [320, 640, 960, 1280, 1920] };

describe('the defaults (issue #14)', () => {
  test('a 2400 px photo gets WebP and the JPEG fallback at 320…1280 and its link preview: 9 files, no AVIF', () => {
    const plan = planImage(source(2400, 1600), defaultImageSettings(), { og: true });
    assert.deepEqual(
      planFiles(plan).map((variant) => variant.fileName.slice(hash.length + 1)),
      ['320.webp', '640.webp', '960.webp', '1280.webp', '320.jpg', '640.jpg', '960.jpg', '1280.jpg', 'og.jpg'],
    );
  });
});

describe('planWidths', () => {
  test('a source wider than every width gets every width', () => {
    assert.deepEqual(planWidths(4000, settings.widths), [320, 640, 960, 1280, 1920]);
  });

  test('never enlarges: widths past the source are dropped', () => {
    assert.deepEqual(planWidths(1000, settings.widths), [320, 640, 960]);
    assert.deepEqual(planWidths(960, settings.widths), [320, 640, 960]);
  });

  test('a source clearly wider than the last width it reaches adds its own width, so no pixels are thrown away', () => {
    assert.deepEqual(planWidths(1900, settings.widths), [320, 640, 960, 1280, 1900]);
    assert.deepEqual(planWidths(1200, settings.widths), [320, 640, 960, 1200]);
  });

  test('a source narrower than the smallest width gets one variant at its own width', () => {
    assert.deepEqual(planWidths(200, settings.widths), [200]);
    assert.deepEqual(planWidths(319, settings.widths), [319]);
  });

  test('configured widths are sorted and deduplicated', () => {
    assert.deepEqual(planWidths(5000, [1280, 320, 640, 320]), [320, 640, 1280]);
  });
});

describe('planImage', () => {
  test('every modern format then the JPEG fallback, each ascending, named <md5>-<width>.<ext>, heights to the aspect ratio', () => {
    const plan = planImage(source(1000, 750), settings, { og: false });
    assert.equal(plan.fallback, 'jpeg');
    assert.deepEqual(
      plan.variants.map((v) => `${v.fileName} ${v.width}x${v.height}`),
      [
        `${hash}-320.avif 320x240`,
        `${hash}-640.avif 640x480`,
        `${hash}-960.avif 960x720`,
        `${hash}-320.webp 320x240`,
        `${hash}-640.webp 640x480`,
        `${hash}-960.webp 960x720`,
        `${hash}-320.jpg 320x240`,
        `${hash}-640.jpg 640x480`,
        `${hash}-960.jpg 960x720`,
      ],
    );
    assert.equal(plan.og, undefined);
  });

  test('a source with transparency falls back to PNG', () => {
    const plan = planImage(source(200, 100, { hasAlpha: true, format: 'png' }), settings, { og: false });
    assert.equal(plan.fallback, 'png');
    assert.deepEqual(plan.variants.map((v) => v.fileName), [`${hash}-200.avif`, `${hash}-200.webp`, `${hash}-200.png`]);
  });

  test('a source narrower than 320 gets one width per format, at its own size', () => {
    const plan = planImage(source(100, 200), settings, { og: false });
    assert.deepEqual(plan.variants.map((v) => [v.format, v.width, v.height]), [['avif', 100, 200], ['webp', 100, 200], ['jpeg', 100, 200]]);
  });

  test('the link preview is planned only when asked for: 1200x630 JPEG, attention crop, <md5>-og.jpg', () => {
    const plan = planImage(source(800, 600, { hasAlpha: true }), settings, { og: true });
    assert.deepEqual(plan.og, { format: 'jpeg', width: 1200, height: 630, fileName: `${hash}-og.jpg`, crop: 'attention' });
    assert.ok(!plan.variants.some((v) => v.crop !== undefined));
  });

  test('only the configured modern formats are offered', () => {
    const plan = planImage(source(400, 300), { ...settings, formats: ['webp'] }, { og: false });
    assert.deepEqual([...new Set(plan.variants.map((v) => v.format))], ['webp', 'jpeg']);
  });
});

describe('the cache key', () => {
  const jpegPlan = planImage(source(400, 300), settings, { og: false });
  const pngPlan = planImage(source(400, 300, { hasAlpha: true }), settings, { og: false });

  test('names the pipeline version, the quality of each format the source is written in, AVIF’s effort and the placeholder size', () => {
    assert.equal(encoderKey(jpegPlan, settings, 3), 'v3-avif50e4-jpeg78-webp75-p16');
    assert.equal(encoderKey(pngPlan, settings, 3), 'v3-avif50e4-png80-webp75-p16');
    assert.equal(encoderKey(planImage(source(400, 300), defaultImageSettings(), { og: false }), defaultImageSettings(), 3), 'v3-jpeg78-webp75-p16');
  });

  test('AVIF’s effort changes the key only of sources written in AVIF (issue #14)', () => {
    const webpOnly: ImageSettings = { ...settings, formats: ['webp'] };
    assert.notEqual(encoderKey(jpegPlan, { ...settings, avifEffort: 2 }, 1), encoderKey(jpegPlan, settings, 1));
    assert.equal(encoderKey(jpegPlan, { ...webpOnly, avifEffort: 2 }, 1), encoderKey(jpegPlan, webpOnly, 1));
  });

  test('settings that do not change a source’s files do not change its key', () => {
    const key = encoderKey(jpegPlan, settings, 1);
    assert.equal(encoderKey(jpegPlan, { ...settings, quality: { ...settings.quality, png: 10 }, widths: [100], maxPixels: 5 }, 1), key);
    assert.notEqual(encoderKey(jpegPlan, { ...settings, quality: { ...settings.quality, jpeg: 90 } }, 1), key);
    assert.notEqual(encoderKey(jpegPlan, settings, 2), key);
  });

  test('the link preview’s cache name carries its size and JPEG quality', () => {
    const plan = planImage(source(400, 300), settings, { og: true });
    assert.ok(plan.og);
    assert.equal(cacheFileName(plan.og, settings), 'og-1200x630-q78.jpg');
    assert.equal(cacheFileName(plan.variants[0] ?? plan.og, settings), `${hash}-320.avif`);
  });
});

describe('parseVariantFileName', () => {
  test('reads back the names the plan writes and nothing else', () => {
    assert.deepEqual(parseVariantFileName(`${hash}-640.webp`), { hash, width: 640, extension: 'webp' });
    assert.deepEqual(parseVariantFileName(`${hash}-og.jpg`), { hash, width: 'og', extension: 'jpg' });
    for (const name of [`${hash}.jpg`, `${hash}-640.jpeg`, `${hash}-0640.webp`, `../${hash}-640.webp`, `${hash.toUpperCase()}-640.webp`]) {
      assert.equal(parseVariantFileName(name), undefined, name);
    }
  });
});

describe('placeholderSize', () => {
  test('fits the placeholder width in both directions and never enlarges', () => {
    assert.deepEqual(placeholderSize({ width: 1600, height: 900 }, 16), { width: 16, height: 9 });
    assert.deepEqual(placeholderSize({ width: 100, height: 5000 }, 16), { width: 1, height: 16 });
    assert.deepEqual(placeholderSize({ width: 8, height: 4 }, 16), { width: 8, height: 4 });
  });
});
