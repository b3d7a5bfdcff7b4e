/**
 * The thumbnail beside a search result (issue #15): one of the variants the image pipeline writes for the story's
 * cards anyway, the narrowest at least `thumbnailWidth` wide, in the fallback format and the site's best modern one.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planImage } from '../../src/images/plan.ts';
import { defaultImageSettings, type ImageSettings, type ProcessedImage } from '../../src/images/types.ts';
import { thumbnailOf, thumbnailWidth } from '../../src/search/thumbnail.ts';

const processed = (source: { width: number; height: number; hasAlpha?: boolean }, settings: Partial<ImageSettings> = {}): ProcessedImage => ({
  plan: planImage({ hash: 'cafe', width: source.width, height: source.height, hasAlpha: source.hasAlpha ?? false, animated: false, format: 'jpeg' }, { ...defaultImageSettings(), ...settings }, { og: false }),
  placeholder: '',
});
const urlOf = (fileName: string) => `/assets/images/${fileName}`;

describe('thumbnailOf', () => {
  test('a photo wider than the thumbnail: the 320 variant, JPEG and WebP with the default settings', () => {
    assert.equal(thumbnailWidth, 320);
    assert.deepEqual(thumbnailOf(processed({ width: 2400, height: 1600 }), urlOf), {
      src: '/assets/images/cafe-320.jpg',
      width: 320,
      height: 213,
      modern: { src: '/assets/images/cafe-320.webp', type: 'image/webp' },
    });
  });

  test('a site whose smallest width is above 320 gives its smallest; AVIF is preferred when the site makes it', () => {
    const thumbnail = thumbnailOf(processed({ width: 2400, height: 1600 }, { widths: [640, 1280], formats: ['avif', 'webp'] }), urlOf);
    assert.deepEqual([thumbnail?.src, thumbnail?.modern], ['/assets/images/cafe-640.jpg', { src: '/assets/images/cafe-640.avif', type: 'image/avif' }]);
  });

  test('a source narrower than the thumbnail is shown at its own width, never enlarged', () => {
    const thumbnail = thumbnailOf(processed({ width: 200, height: 100 }), urlOf);
    assert.deepEqual([thumbnail?.src, thumbnail?.width, thumbnail?.height], ['/assets/images/cafe-200.jpg', 200, 100]);
  });

  test('a transparent source falls back to PNG; no modern format set, no <source>', () => {
    const thumbnail = thumbnailOf(processed({ width: 800, height: 800, hasAlpha: true }, { formats: [] }), urlOf);
    assert.deepEqual(thumbnail, { src: '/assets/images/cafe-320.png', width: 320, height: 320 });
  });
});
