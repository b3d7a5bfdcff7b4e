/** The `<picture>` markup of a processed image (issue #4): pure, exact HTML. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pictureHtml } from '../../src/images/picture.ts';
import { planImage } from '../../src/images/plan.ts';
import { defaultImageSettings, type ImageSettings, type ProcessedImage } from '../../src/images/types.ts';

const hash = 'aaaabbbbccccddddeeeeffff00001111';
/** A site that opted into AVIF, at the widths that were the defaults before issue #14: every format and width shows. */
const settings: ImageSettings = { ...defaultImageSettings(), formats: ['avif', 'webp'], widths: [320, 640, 960, 1280, 1920] };
const dot = 'data:image/webp;base64,UklGRg==';
const photo: ProcessedImage = {
  plan: planImage({ hash, width: 1000, height: 750, hasAlpha: false, animated: false, format: 'jpeg' }, settings, { og: true }),
  placeholder: dot,
};
const urlOf = (fileName: string): string => `/news/assets/images/${fileName}`;
const sizes = '(min-width: 44rem) 40rem, 100vw';

describe('pictureHtml', () => {
  test('a story photo: AVIF and WebP sources, the JPEG fallback, every width, lazy, with its placeholder', () => {
    const set = (ext: string): string => [320, 640, 960].map((w) => `/news/assets/images/${hash}-${w}.${ext} ${w}w`).join(', ');
    assert.equal(
      pictureHtml(photo, { urlOf, alt: 'Cranes at the port', sizes, lead: false }),
      '<picture>' +
        `<source type="image/avif" srcset="${set('avif')}" sizes="${sizes}">` +
        `<source type="image/webp" srcset="${set('webp')}" sizes="${sizes}">` +
        `<img src="/news/assets/images/${hash}-960.jpg" srcset="${set('jpg')}" sizes="${sizes}" width="1000" height="750" alt="Cranes at the port" loading="lazy" decoding="async" style="background-image:url(${dot});background-size:cover">` +
        '</picture>',
    );
  });

  test('the lead image is eager and fetched first', () => {
    const html = pictureHtml(photo, { urlOf, alt: 'x', sizes, lead: true });
    assert.match(html, / loading="eager" decoding="async" fetchpriority="high" /);
    assert.doesNotMatch(html, /lazy/);
    assert.doesNotMatch(pictureHtml(photo, { urlOf, alt: 'x', sizes, lead: false }), /fetchpriority/);
  });

  test('alt text, class and sizes are escaped', () => {
    const html = pictureHtml(photo, { urlOf, alt: `Mayor says "no" <again> & 'again'`, sizes: '100vw"><script>', lead: false, className: 'lead "wide"' });
    assert.match(html, /<img class="lead &quot;wide&quot;" src=/);
    assert.match(html, / alt="Mayor says &quot;no&quot; &lt;again&gt; &amp; &#39;again&#39;" /);
    assert.ok(html.includes('sizes="100vw&quot;&gt;&lt;script&gt;"'));
    assert.ok(!html.includes('<script>') && !html.includes('"no"'));
  });

  test('a narrow source: one width, which is also the src', () => {
    const narrow: ProcessedImage = { plan: planImage({ hash, width: 100, height: 200, hasAlpha: false, animated: false, format: 'jpeg' }, settings, { og: false }), placeholder: dot };
    const html = pictureHtml(narrow, { urlOf: (f) => f, alt: '', sizes: '100px', lead: false });
    assert.match(html, new RegExp(`<img src="${hash}-100.jpg" srcset="${hash}-100.jpg 100w" sizes="100px" width="100" height="200" alt="" `));
  });

  test('a source wider than 960 only past the last width: src is the widest up to 960', () => {
    const wide: ProcessedImage = { plan: planImage({ hash, width: 4000, height: 3000, hasAlpha: false, animated: false, format: 'jpeg' }, settings, { og: false }), placeholder: dot };
    assert.match(pictureHtml(wide, { urlOf: (f) => f, alt: '', sizes, lead: false }), new RegExp(`<img src="${hash}-960.jpg" srcset="${hash}-320.jpg 320w, [^"]+, ${hash}-1920.jpg 1920w"`));
  });

  test('a transparent source: PNG fallback and no placeholder behind it', () => {
    const graphic: ProcessedImage = { plan: planImage({ hash, width: 200, height: 100, hasAlpha: true, animated: false, format: 'png' }, settings, { og: false }), placeholder: dot };
    const html = pictureHtml(graphic, { urlOf: (f) => f, alt: 'Chart', sizes, lead: false });
    assert.match(html, new RegExp(`<img src="${hash}-200.png" srcset="${hash}-200.png 200w"`));
    assert.match(html, /<source type="image\/webp" srcset="[^"]+-200.webp 200w"/);
    assert.doesNotMatch(html, /style=|image\/jpeg|\.jpg/);
  });
});
